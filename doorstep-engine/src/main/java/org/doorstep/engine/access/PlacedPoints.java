package org.doorstep.engine.access;

import java.util.Arrays;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;

/**
 * Snapped points (buildings or facilities) in one profile's times: the edge, the time from the edge's from-node to the
 * point along the edge, and the off-network walk to the edge; plus the points of each edge in ascending id order
 * (compressed rows), so that points sharing an edge can be paired without a search.
 */
final class PlacedPoints {

    final int[] edge;
    final int[] along_ms;
    final int[] walk_ms;
    private final int[] firstOnEdge;
    private final int[] pointOnEdge;

    PlacedPoints(WalkGraph graph, Snaps snaps, WalkProfile profile) {
        int n = snaps.size();
        edge = new int[n];
        along_ms = new int[n];
        walk_ms = new int[n];
        firstOnEdge = new int[graph.edgeCount() + 1];
        for (int p = 0; p < n; p++) {
            int e = snaps.edge(p);
            edge[p] = e;
            if (e >= 0) {
                along_ms[p] = along_ms(graph, snaps, p, profile);
                walk_ms[p] = walk_ms(snaps, p, profile);
                firstOnEdge[e + 1]++;
            }
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            firstOnEdge[e + 1] += firstOnEdge[e];
        }
        int[] next = Arrays.copyOf(firstOnEdge, graph.edgeCount());
        pointOnEdge = new int[firstOnEdge[graph.edgeCount()]];
        for (int p = 0; p < n; p++) {
            if (edge[p] >= 0) {
                pointOnEdge[next[edge[p]]++] = p;
            }
        }
    }

    /** Time along a snapped point's edge from its from-node to the point. */
    static int along_ms(WalkGraph graph, Snaps snaps, int p, WalkProfile profile) {
        return profile.timeAlong_ms(graph, snaps.edge(p), snaps.offset_mm(p));
    }

    /** The off-network walk of a snapped point to its edge, capped so that sums stay in an int. */
    static int walk_ms(Snaps snaps, int p, WalkProfile profile) {
        return (int) Math.min(Integer.MAX_VALUE / 4, profile.walkTime_ms(snaps.distance_mm(p)));
    }

    int size() {
        return edge.length;
    }

    int firstOnEdge(int e) {
        return firstOnEdge[e];
    }

    int endOnEdge(int e) {
        return firstOnEdge[e + 1];
    }

    int pointAt(int index) {
        return pointOnEdge[index];
    }
}
