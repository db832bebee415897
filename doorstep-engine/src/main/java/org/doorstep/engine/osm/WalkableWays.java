package org.doorstep.engine.osm;

import java.util.Arrays;

/**
 * The walkable ways in file order, as {@link NodeIds} indexes in one flat array (no object per way) and edge flags.
 * Not thread-safe.
 */
final class WalkableWays {

    private int[] nodes = new int[4096];
    private int[] firstNode = new int[513];
    private byte[] flags = new byte[512];
    private int size;
    private int nodeCount;

    /** Adds a way through {@code osmIds[0..count-1]}, with {@link WalkableWayFilter#edgeFlags} {@code edgeFlags}. */
    void add(long[] osmIds, int count, int edgeFlags, NodeIds ids) {
        if (size == flags.length) {
            flags = Arrays.copyOf(flags, 2 * size);
            firstNode = Arrays.copyOf(firstNode, 2 * size + 1);
        }
        if (nodeCount + count > nodes.length) {
            nodes = Arrays.copyOf(nodes, Math.max(2 * nodes.length, nodeCount + count));
        }
        for (int i = 0; i < count; i++) {
            nodes[nodeCount++] = ids.index(osmIds[i], true);
        }
        flags[size] = (byte) edgeFlags;
        firstNode[++size] = nodeCount;
    }

    int size() {
        return size;
    }

    int firstNode(int way) {
        return firstNode[way];
    }

    /** One past the last node of {@code way}. */
    int endNode(int way) {
        return firstNode[way + 1];
    }

    /** The {@link NodeIds} index at position {@code i} of the flat node array. */
    int node(int i) {
        return nodes[i];
    }

    int edgeFlags(int way) {
        return flags[way];
    }
}
