package org.doorstep.engine.access;

import java.util.Arrays;

/**
 * The placed buildings of each chain of a {@link ChainGraph}, in compressed rows by chain, each with what timing it
 * needs: the times along the chain to its edge's two ends and from each end to the building along the edge, and its
 * walk off the network. Why: the first {@link ChainReach} read the buildings through their edges ({@code PlacedPoints}
 * by edge, then by building id); on the 2M-node city JFR put a quarter of the per-facility search on those scattered
 * reads. A row here is contiguous. Immutable.
 */
final class ChainBuildings {

    final int[] building;
    final int[] edge;
    final long[] alongAtFrom_ms;
    final long[] alongAtTo_ms;
    final int[] fromEnd_ms;
    final int[] toEnd_ms;
    final int[] walk_ms;
    final int[] along_ms;
    private final int[] first;

    ChainBuildings(ChainGraph chains, PlacedPoints buildings) {
        int chainCount = chains.chainCount();
        first = new int[chainCount + 1];
        int edges = chains.graph.edgeCount();
        for (int e = 0; e < edges; e++) {
            first[chains.chainOf[e] + 1] += buildings.endOnEdge(e) - buildings.firstOnEdge(e);
        }
        for (int c = 0; c < chainCount; c++) {
            first[c + 1] += first[c];
        }
        int n = first[chainCount];
        building = new int[n];
        edge = new int[n];
        alongAtFrom_ms = new long[n];
        alongAtTo_ms = new long[n];
        fromEnd_ms = new int[n];
        toEnd_ms = new int[n];
        walk_ms = new int[n];
        along_ms = new int[n];
        int[] next = Arrays.copyOf(first, chainCount);
        for (int e = 0; e < edges; e++) {
            for (int i = buildings.firstOnEdge(e); i < buildings.endOnEdge(e); i++) {
                int b = buildings.pointAt(i);
                int slot = next[chains.chainOf[e]]++;
                building[slot] = b;
                edge[slot] = e;
                alongAtFrom_ms[slot] = chains.alongAtFrom_ms[e];
                alongAtTo_ms[slot] = chains.alongAtTo_ms[e];
                fromEnd_ms[slot] = buildings.along_ms[b];
                toEnd_ms[slot] = chains.edgeTime_ms[e] - buildings.along_ms[b];
                walk_ms[slot] = buildings.walk_ms[b];
                along_ms[slot] = buildings.along_ms[b];
            }
        }
    }

    int first(int chain) {
        return first[chain];
    }

    int end(int chain) {
        return first[chain + 1];
    }
}
