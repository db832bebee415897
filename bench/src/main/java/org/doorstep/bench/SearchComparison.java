package org.doorstep.bench;

import java.util.List;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.search.MultiSourceSearch;

/**
 * The engine's nearest-facility search against the bare sweep, on the same graph, edge times and seeds, every category
 * in turn: the minimum over repetitions of the summed time of each, and whether the bare sweep's building times equal
 * the engine's. The engine's search is {@link MultiSourceSearch}, allocated once per graph as {@code AccessAnalysis}
 * does; the sweep allocates fresh arrays per category, as its simplicity demands.
 */
final class SearchComparison {

    /**
     * @param engineSearch_ns the engine's searches, all categories
     * @param bareSweep_ns the bare sweeps, all categories
     * @param higher building-category pairs where the engine's nearest time exceeds the sweep's (must be 0)
     * @param lower pairs where it is below: a facility on the building's own edge, walked straight along it
     */
    record Outcome(long engineSearch_ns, long bareSweep_ns, long compared, long higher, long lower) {}

    private SearchComparison() {}

    static Outcome run(CityNetwork network, AccessResult access, WalkProfile profile, int repetitions) {
        WalkGraph graph = network.graph();
        int[] edgeTime_ms = profile.edgeTimes_ms(graph);
        List<ServiceCategory> categories = access.categories();
        SweepSeeds[] seeds = new SweepSeeds[categories.size()];
        for (int c = 0; c < seeds.length; c++) {
            seeds[c] = SweepSeeds.of(network, categories.get(c), profile, edgeTime_ms);
        }
        MultiSourceSearch search = new MultiSourceSearch(graph, edgeTime_ms);
        long engine_ns = Long.MAX_VALUE;
        long bare_ns = Long.MAX_VALUE;
        for (int rep = 0; rep <= repetitions; rep++) { // repetition 0 warms up
            long start = System.nanoTime();
            for (SweepSeeds s : seeds) {
                search.start(MultiSourceSearch.UNBOUNDED);
                for (int i = 0; i < s.node.length; i++) {
                    search.addSeed(s.node[i], s.time_ms[i], s.facility[i]);
                }
                search.run();
            }
            long middle = System.nanoTime();
            for (SweepSeeds s : seeds) {
                BareDijkstraSweep.sweep(graph, edgeTime_ms, s.node, s.time_ms);
            }
            long end = System.nanoTime();
            if (rep > 0) {
                engine_ns = Math.min(engine_ns, middle - start);
                bare_ns = Math.min(bare_ns, end - middle);
            }
        }
        return compareAnswers(network, access, profile, edgeTime_ms, seeds, engine_ns, bare_ns);
    }

    private static Outcome compareAnswers(
            CityNetwork network,
            AccessResult access,
            WalkProfile profile,
            int[] edgeTime_ms,
            SweepSeeds[] seeds,
            long engine_ns,
            long bare_ns) {
        long compared = 0;
        long higher = 0;
        long lower = 0;
        List<ServiceCategory> categories = access.categories();
        for (int c = 0; c < seeds.length; c++) {
            int[] best = BareDijkstraSweep.sweep(network.graph(), edgeTime_ms, seeds[c].node, seeds[c].time_ms);
            int[] sweep_ms = buildingTimes(network, profile, edgeTime_ms, best);
            for (int b = 0; b < sweep_ms.length; b++) {
                int engine = access.category(categories.get(c)).nearestTime_ms(b);
                compared++;
                higher += engine > sweep_ms[b] ? 1 : 0;
                lower += engine < sweep_ms[b] ? 1 : 0;
            }
        }
        return new Outcome(engine_ns, bare_ns, compared, higher, lower);
    }

    /** A building's time through the quicker end of its edge plus its snap walk, as the engine defines it. */
    static int[] buildingTimes(CityNetwork network, WalkProfile profile, int[] edgeTime_ms, int[] nodeTime_ms) {
        WalkGraph graph = network.graph();
        Snaps snaps = network.buildingSnaps();
        int[] time = new int[snaps.size()];
        for (int b = 0; b < time.length; b++) {
            time[b] = Agreement.NONE;
            if (!snaps.isSnapped(b)) {
                continue;
            }
            int e = snaps.edge(b);
            int along = profile.timeAlong_ms(graph, e, snaps.offset_mm(b));
            long best = Long.MAX_VALUE;
            if (nodeTime_ms[graph.edgeFrom(e)] != Agreement.NONE) {
                best = (long) nodeTime_ms[graph.edgeFrom(e)] + along;
            }
            if (nodeTime_ms[graph.edgeTo(e)] != Agreement.NONE) {
                best = Math.min(best, (long) nodeTime_ms[graph.edgeTo(e)] + edgeTime_ms[e] - along);
            }
            if (best != Long.MAX_VALUE) {
                long walk = Math.min(Integer.MAX_VALUE / 4, profile.walkTime_ms(snaps.distance_mm(b)));
                time[b] = (int) Math.min(Agreement.NONE - 1L, best + walk);
            }
        }
        return time;
    }
}
