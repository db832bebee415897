package org.doorstep.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;

/**
 * The walking model spelled out as a graph, for cross-checks: every snapped point splits its edge at its offset and
 * hangs off the split by its snap distance; the parts of an edge cost round(x · slowdown / speed) at each split x minus
 * the same at the previous split. A textbook Dijkstra (java.util.PriorityQueue) from each facility gives the full
 * facility-to-building time matrix.
 */
final class ExpandedGraphReference {

    private final List<List<long[]>> adjacency = new ArrayList<>();
    private final int[] buildingLeaf;
    private final int[] facilityLeaf;

    ExpandedGraphReference(WalkGraph graph, Snaps buildings, Snaps facilities, WalkProfile profile) {
        for (int n = 0; n < graph.nodeCount(); n++) {
            newNode();
        }
        buildingLeaf = new int[buildings.size()];
        facilityLeaf = new int[facilities.size()];
        Arrays.fill(buildingLeaf, -1);
        Arrays.fill(facilityLeaf, -1);
        for (int e = 0; e < graph.edgeCount(); e++) {
            double factor = graph.isSteps(e) ? profile.stepsSlowdown() : 1.0;
            TreeMap<Integer, Integer> splits = new TreeMap<>();
            hang(e, buildings, buildingLeaf, splits, profile);
            hang(e, facilities, facilityLeaf, splits, profile);
            int previous = graph.edgeFrom(e);
            long previousTime = 0;
            for (var split : splits.entrySet()) {
                long time = Math.round(split.getKey() * factor / profile.speed_mps());
                connect(previous, split.getValue(), time - previousTime);
                previous = split.getValue();
                previousTime = time;
            }
            long edgeTime = Math.round(graph.edgeLength_mm(e) * factor / profile.speed_mps());
            connect(previous, graph.edgeTo(e), edgeTime - previousTime);
        }
    }

    private void hang(int e, Snaps snaps, int[] leaf, TreeMap<Integer, Integer> splits, WalkProfile profile) {
        for (int p = 0; p < snaps.size(); p++) {
            if (snaps.edge(p) == e) {
                int split = splits.computeIfAbsent(snaps.offset_mm(p), offset -> newNode());
                leaf[p] = newNode();
                connect(leaf[p], split, Math.round(snaps.distance_mm(p) / profile.speed_mps()));
            }
        }
    }

    private int newNode() {
        adjacency.add(new ArrayList<>());
        return adjacency.size() - 1;
    }

    private void connect(int a, int b, long time) {
        adjacency.get(a).add(new long[] {b, time});
        adjacency.get(b).add(new long[] {a, time});
    }

    /** Time in ms from facility f to every building, Long.MAX_VALUE where unreachable or unsnapped. */
    long[] timesFrom(int f) {
        long[] toBuilding = new long[buildingLeaf.length];
        Arrays.fill(toBuilding, Long.MAX_VALUE);
        if (facilityLeaf[f] < 0) {
            return toBuilding;
        }
        long[] dist = new long[adjacency.size()];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[facilityLeaf[f]] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        queue.add(new long[] {0, facilityLeaf[f]});
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            for (long[] arc : adjacency.get(u)) {
                long d = dist[u] + arc[1];
                if (d < dist[(int) arc[0]]) {
                    dist[(int) arc[0]] = d;
                    queue.add(new long[] {d, arc[0]});
                }
            }
        }
        for (int b = 0; b < buildingLeaf.length; b++) {
            if (buildingLeaf[b] >= 0) {
                toBuilding[b] = dist[buildingLeaf[b]];
            }
        }
        return toBuilding;
    }
}
