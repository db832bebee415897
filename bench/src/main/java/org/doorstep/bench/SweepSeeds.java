package org.doorstep.bench;

import java.util.Arrays;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.search.MultiSourceSearch;

/**
 * The seeds of one category's nearest-facility search under the engine's walking model (see {@code AccessAnalysis}): a
 * facility snapped to edge (u, v) seeds u after its snap walk plus the part of the edge from u, and v after its snap
 * walk plus the rest. Both searches of the comparison start from exactly these seeds.
 */
final class SweepSeeds {

    final int[] node;
    final int[] time_ms;
    final int[] facility;

    private SweepSeeds(int[] node, int[] time_ms, int[] facility) {
        this.node = node;
        this.time_ms = time_ms;
        this.facility = facility;
    }

    static SweepSeeds of(CityNetwork network, ServiceCategory category, WalkProfile profile, int[] edgeTime_ms) {
        WalkGraph graph = network.graph();
        Snaps snaps = network.facilitySnaps();
        int[] ids = network.facilities().ofCategory(category);
        int[] node = new int[2 * ids.length];
        int[] time = new int[2 * ids.length];
        int[] source = new int[2 * ids.length];
        int n = 0;
        for (int f : ids) {
            if (!snaps.isSnapped(f)) {
                continue;
            }
            int e = snaps.edge(f);
            long walk = profile.walkTime_ms(snaps.distance_mm(f));
            int along = profile.timeAlong_ms(graph, e, snaps.offset_mm(f));
            node[n] = graph.edgeFrom(e);
            time[n] = clamp(walk + along);
            source[n++] = f;
            node[n] = graph.edgeTo(e);
            time[n] = clamp(walk + edgeTime_ms[e] - along);
            source[n++] = f;
        }
        return new SweepSeeds(Arrays.copyOf(node, n), Arrays.copyOf(time, n), Arrays.copyOf(source, n));
    }

    private static int clamp(long time_ms) {
        return (int) Math.min(MultiSourceSearch.UNBOUNDED, time_ms);
    }
}
