package org.doorstep.engine.osm;

import java.util.Map;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;

/**
 * Turns the walkable ways into a {@link WalkGraph}: every node of a walkable way that the extract holds becomes a graph
 * node (in {@link NodeIds} order, no contraction of degree-2 nodes), every consecutive node pair an edge. Pairs with a
 * node missing from the extract and zero-length pairs (a node repeated, or two nodes at one spot) are skipped and
 * counted. One instance builds one graph.
 */
final class GraphAssembly {

    private final WalkGraphBuilder builder = new WalkGraphBuilder();
    private final NodeCoordinates coordinates;
    private final int[] graphNode;
    private long missingRefs;
    private long missingNodeSegments;
    private long zeroLengthSegments;
    private long stepsEdges;

    private GraphAssembly(boolean[] walkable, NodeCoordinates coordinates) {
        this.coordinates = coordinates;
        this.graphNode = new int[walkable.length];
        for (int index = 0; index < walkable.length; index++) {
            boolean used = walkable[index] && !coordinates.isMissing(index);
            graphNode[index] = used ? builder.addNode(coordinates.lonE7(index), coordinates.latE7(index)) : -1;
        }
    }

    /**
     * Builds the graph of {@code ways} and adds its counts to {@code counts}.
     *
     * @param walkable per {@link NodeIds} index, whether a walkable way uses the node
     */
    static WalkGraph build(
            WalkableWays ways, boolean[] walkable, NodeCoordinates coordinates, Map<String, Long> counts) {
        GraphAssembly assembly = new GraphAssembly(walkable, coordinates);
        for (int way = 0; way < ways.size(); way++) {
            assembly.addEdges(ways, way);
        }
        counts.put("walkable_ways", (long) ways.size());
        counts.put("graph_nodes", (long) assembly.builder.nodeCount());
        counts.put("graph_edges", (long) assembly.builder.edgeCount());
        counts.put("steps_edges", assembly.stepsEdges);
        counts.put("missing_node_refs", assembly.missingRefs);
        counts.put("segments_missing_node", assembly.missingNodeSegments);
        counts.put("segments_zero_length", assembly.zeroLengthSegments);
        return assembly.builder.build();
    }

    private void addEdges(WalkableWays ways, int way) {
        int flags = ways.edgeFlags(way);
        for (int i = ways.firstNode(way); i < ways.endNode(way); i++) {
            int to = graphNode[ways.node(i)];
            missingRefs += to < 0 ? 1 : 0;
            if (i == ways.firstNode(way)) {
                continue;
            }
            int from = graphNode[ways.node(i - 1)];
            if (from < 0 || to < 0) {
                missingNodeSegments++;
            } else if (samePlace(ways.node(i - 1), ways.node(i))) {
                zeroLengthSegments++;
            } else {
                builder.addEdge(from, to, flags);
                stepsEdges += (flags & WalkGraph.STEPS) != 0 ? 1 : 0;
            }
        }
    }

    private boolean samePlace(int a, int b) {
        return coordinates.lonE7(a) == coordinates.lonE7(b) && coordinates.latE7(a) == coordinates.latE7(b);
    }
}
