package org.doorstep.engine.osm;

import java.util.Map;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;

/**
 * Turns the walkable ways into a {@link WalkGraph}: every node of a walkable way that the extract holds becomes a graph
 * node (in {@link NodeIds} order, no contraction of degree-2 nodes), every consecutive node pair an edge. Pairs with a
 * node missing from the extract and zero-length pairs (a node repeated, or two nodes at one spot) are skipped and
 * counted.
 */
final class GraphAssembly {

    private GraphAssembly() {}

    /** Builds the graph and adds its counts to {@code counts}. */
    static WalkGraph build(
            WalkableWays ways, boolean[] walkable, NodeCoordinates coordinates, Map<String, Long> counts) {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        int[] graphNode = new int[walkable.length];
        for (int index = 0; index < walkable.length; index++) {
            boolean used = walkable[index] && !coordinates.isMissing(index);
            graphNode[index] = used ? builder.addNode(coordinates.lonE7(index), coordinates.latE7(index)) : -1;
        }
        long missingRefs = 0;
        long skipped = 0;
        long zeroLength = 0;
        long steps = 0;
        for (int way = 0; way < ways.size(); way++) {
            int flags = ways.edgeFlags(way);
            for (int i = ways.firstNode(way); i < ways.endNode(way); i++) {
                int to = graphNode[ways.node(i)];
                missingRefs += to < 0 ? 1 : 0;
                if (i == ways.firstNode(way)) {
                    continue;
                }
                int from = graphNode[ways.node(i - 1)];
                if (from < 0 || to < 0) {
                    skipped++;
                } else if (samePlace(coordinates, ways.node(i - 1), ways.node(i))) {
                    zeroLength++;
                } else {
                    builder.addEdge(from, to, flags);
                    steps += (flags & WalkGraph.STEPS) != 0 ? 1 : 0;
                }
            }
        }
        counts.put("walkable_ways", (long) ways.size());
        counts.put("graph_nodes", (long) builder.nodeCount());
        counts.put("graph_edges", (long) builder.edgeCount());
        counts.put("steps_edges", steps);
        counts.put("missing_node_refs", missingRefs);
        counts.put("segments_missing_node", skipped);
        counts.put("segments_zero_length", zeroLength);
        return builder.build();
    }

    private static boolean samePlace(NodeCoordinates coordinates, int a, int b) {
        return coordinates.lonE7(a) == coordinates.lonE7(b) && coordinates.latE7(a) == coordinates.latE7(b);
    }
}
