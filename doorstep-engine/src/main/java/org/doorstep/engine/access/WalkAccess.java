package org.doorstep.engine.access;

import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.search.MultiSourceSearch;
import org.jspecify.annotations.Nullable;

/**
 * Walking access of snapped buildings to snapped facilities for one profile, category by category.
 *
 * <p>The walking model: every snapped building or facility is a point on its edge at its snap offset, joined to it by a
 * straight walk of its snap distance at the profile's flat speed. Walking part of an edge costs the edge's time pro
 * rata ({@link WalkProfile#timeAlong_ms}, steps slowed down), so a facility on edge (u, v) reaches u after its snap walk
 * plus the part from u to it, and v after its snap walk plus the rest. A building is reached through whichever end of
 * its edge is quicker, or directly along the edge when the facility stands on the same edge. Equal times go to the lower
 * facility id.
 *
 * <p>Built once per network and profile (the edge times, the points per edge and one search are allocated here) and
 * reused for every category; the contracted graph of the nearest and per-facility searches ({@link ChainGraph}) is built
 * on first use. Not thread-safe: use one per thread, each further one from {@link #forAnotherThread()}.
 */
public final class WalkAccess {

    final WalkGraph graph;
    final PlacedPoints buildings;
    final PlacedPoints facilities;
    final MultiSourceSearch search;
    final WalkProfile profile;
    final int[] edgeTime_ms;
    // The contracted graph, built on first use (what-if sessions and candidate sites never need it) and shared with
    // the copies of forAnotherThread().
    private @Nullable ChainGraph chains;
    private @Nullable ChainBuildings chainBuildings;
    private @Nullable ChainReach chainReach;
    private @Nullable ChainSweep chainSweep;

    /**
     * @param buildingSnaps where each building joins the graph, indexed by building id
     * @param facilitySnaps where each facility joins the graph, indexed by facility id
     */
    public WalkAccess(WalkGraph graph, Snaps buildingSnaps, Snaps facilitySnaps, WalkProfile profile) {
        this.graph = graph;
        this.profile = profile;
        this.edgeTime_ms = profile.edgeTimes_ms(graph);
        this.buildings = new PlacedPoints(graph, buildingSnaps, profile);
        this.facilities = new PlacedPoints(graph, facilitySnaps, profile);
        this.search = new MultiSourceSearch(graph, edgeTime_ms);
    }

    private WalkAccess(WalkAccess shared) {
        this.graph = shared.graph;
        this.profile = shared.profile;
        this.edgeTime_ms = shared.edgeTime_ms;
        this.buildings = shared.buildings;
        this.facilities = shared.facilities;
        this.search = new MultiSourceSearch(graph, edgeTime_ms);
        this.chains = shared.chains();
        this.chainBuildings = shared.chainBuildings();
    }

    /**
     * Another walk access to the same network and profile for another thread: it shares this one's immutable parts
     * (edge times, placed points, the contracted graph, which this call builds if needed) and has searches of its own.
     * Call it on the thread that owns this one, before handing the copy over.
     */
    public WalkAccess forAnotherThread() {
        return new WalkAccess(this);
    }

    ChainGraph chains() {
        if (chains == null) {
            chains = new ChainGraph(graph, edgeTime_ms);
        }
        return chains;
    }

    ChainBuildings chainBuildings() {
        if (chainBuildings == null) {
            chainBuildings = new ChainBuildings(chains(), buildings);
        }
        return chainBuildings;
    }

    /** The contracted search of this thread's nearest facilities, allocated on first use. */
    private ChainSweep chainSweep() {
        if (chainSweep == null) {
            chainSweep = new ChainSweep(chains(), chainBuildings());
        }
        return chainSweep;
    }

    /** The contracted search of this thread's per-facility reach, allocated on first use. */
    ChainReach chainReach() {
        if (chainReach == null) {
            chainReach = new ChainReach(chains(), chainBuildings());
        }
        return chainReach;
    }

    /**
     * Evaluates one category: the nearest facility, one search over the whole graph from all its facilities; then one
     * search per facility bounded by the options' reach, which serves the threshold counts and both 2SFCA variants.
     *
     * @param facilityIds the category's facilities, ascending ids (unsnapped ones are skipped)
     * @param supply supply of each facility in {@code facilityIds} order (its capacity)
     * @param demand the category's demand of each building, indexed by building id
     */
    public CategoryAccess evaluate(
            ServiceCategory category, int[] facilityIds, double[] supply, double[] demand, AccessOptions options) {
        requireInputs(facilityIds, supply, demand);
        long start = System.nanoTime();
        int[] time_ms = new int[buildings.size()];
        int[] nearest = new int[buildings.size()];
        findNearest(facilityIds, time_ms, nearest);
        long nearestDone = System.nanoTime();
        FacilityReach reach = FacilityReach.collect(this, facilityIds, options.reach_ms());
        int[] thresholds_ms = options.thresholds_ms();
        TwoStepFloatingCatchment classic =
                TwoStepFloatingCatchment.compute(reach, supply, demand, DecayFunction.binary(options.catchment_min()));
        TwoStepFloatingCatchment enhanced = TwoStepFloatingCatchment.compute(reach, supply, demand, options.decay());
        long end = System.nanoTime();
        return new CategoryAccess(
                category,
                options.thresholds_min(),
                new CategoryAccess.Nearest(time_ms, nearest),
                reach.countWithin(thresholds_ms, buildings.size()),
                facilityIds.clone(),
                classic,
                enhanced,
                demand.clone(),
                new long[] {(nearestDone - start) / 1_000_000, (end - nearestDone) / 1_000_000});
    }

    private void requireInputs(int[] facilityIds, double[] supply, double[] demand) {
        if (supply.length != facilityIds.length || demand.length != buildings.size()) {
            throw new IllegalArgumentException("expected " + facilityIds.length + " supplies and " + buildings.size()
                    + " demands, got " + supply.length + " and " + demand.length);
        }
        requireFacilityIds(facilityIds);
    }

    void requireFacilityIds(int[] facilityIds) {
        for (int k = 0; k < facilityIds.length; k++) {
            if (facilityIds[k] < 0
                    || facilityIds[k] >= facilities.size()
                    || (k > 0 && facilityIds[k] <= facilityIds[k - 1])) {
                throw new IllegalArgumentException("facility ids must be ascending in 0.." + (facilities.size() - 1)
                        + ", got " + facilityIds[k] + " at position " + k);
            }
        }
    }

    /**
     * One multi-source search from every facility (over the contracted graph, {@link ChainSweep}: the same labels as
     * {@link MultiSourceSearch}), then the post-pass for buildings on a facility's own edge.
     */
    private void findNearest(int[] facilityIds, int[] time_ms, int[] nearest) {
        ChainSweep sweep = chainSweep();
        sweep.start();
        for (int f : facilityIds) {
            int e = facilities.edge[f];
            if (e >= 0) {
                int along = facilities.along_ms[f];
                int off = facilities.walk_ms[f];
                sweep.addSeed(e, graph.edgeFrom(e), seedAtFrom_ms(along, off), f);
                sweep.addSeed(e, graph.edgeTo(e), seedAtTo_ms(e, along, off), f);
            }
        }
        sweep.run();
        for (int b = 0; b < time_ms.length; b++) {
            time_ms[b] = Integer.MAX_VALUE;
            nearest[b] = -1;
            int e = buildings.edge[b];
            if (e >= 0) {
                offerViaNode(sweep, b, graph.edgeFrom(e), buildings.along_ms[b], time_ms, nearest);
                offerViaNode(sweep, b, graph.edgeTo(e), edgeTime_ms[e] - buildings.along_ms[b], time_ms, nearest);
            }
        }
        for (int f : facilityIds) {
            int e = facilities.edge[f];
            for (int i = e < 0 ? 0 : buildings.firstOnEdge(e); e >= 0 && i < buildings.endOnEdge(e); i++) {
                int b = buildings.pointAt(i);
                offer(b, directTime_ms(f, b), f, time_ms, nearest);
            }
        }
    }

    private void offerViaNode(ChainSweep sweep, int b, int node, int along_ms, int[] time_ms, int[] nearest) {
        int atNode = sweep.time_ms(node);
        if (atNode != Integer.MAX_VALUE) {
            offer(b, (long) atNode + along_ms + buildings.walk_ms[b], sweep.source(node), time_ms, nearest);
        }
    }

    static int clamp(long time_ms) {
        return (int) Math.min(time_ms, MultiSourceSearch.UNBOUNDED);
    }

    /** Keeps the better of a building's current nearest facility and an offered one: the earlier, then the lower id. */
    static void offer(int b, long t, int f, int[] time_ms, int[] nearest) {
        if (t < time_ms[b] || (t == time_ms[b] && f < nearest[b])) {
            time_ms[b] = clamp(t);
            nearest[b] = f;
        }
    }

    /** Seeds both ends of a snapped facility's edge with the facility as source; an unsnapped one is skipped. */
    void seed(int f) {
        seed(facilities.edge[f], facilities.along_ms[f], facilities.walk_ms[f], f);
    }

    /** Seeds both ends of edge {@code e} from a point on it (see {@link PlacedPoints}); nothing when e is -1. */
    void seed(int e, int along_ms, int walk_ms, int sourceId) {
        if (e >= 0) {
            search.addSeed(graph.edgeFrom(e), seedAtFrom_ms(along_ms, walk_ms), sourceId);
            search.addSeed(graph.edgeTo(e), seedAtTo_ms(e, along_ms, walk_ms), sourceId);
        }
    }

    /** Time from a point on edge e to the edge's from-node. */
    static int seedAtFrom_ms(int along_ms, int walk_ms) {
        return clamp((long) walk_ms + along_ms);
    }

    /** Time from a point on edge e to the edge's to-node. */
    int seedAtTo_ms(int e, int along_ms, int walk_ms) {
        return clamp((long) walk_ms + edgeTime_ms[e] - along_ms);
    }

    /**
     * Time from the last search's seeds to building {@code b} through either end of its edge, {@link Long#MAX_VALUE}
     * when neither end was reached.
     */
    long timeViaSearch_ms(int b) {
        int e = buildings.edge[b];
        long best = Long.MAX_VALUE;
        int atFrom = search.bestTime_ms(graph.edgeFrom(e));
        int atTo = search.bestTime_ms(graph.edgeTo(e));
        if (atFrom != Integer.MAX_VALUE) {
            best = (long) atFrom + buildings.along_ms[b];
        }
        if (atTo != Integer.MAX_VALUE) {
            best = Math.min(best, (long) atTo + edgeTime_ms[e] - buildings.along_ms[b]);
        }
        return best == Long.MAX_VALUE ? best : best + buildings.walk_ms[b];
    }

    /** Time from facility {@code f} to building {@code b} standing on the same edge, walking straight along it. */
    long directTime_ms(int f, int b) {
        return directTime_ms(facilities.along_ms[f], facilities.walk_ms[f], b);
    }

    /** Time from a point on building {@code b}'s edge to b, walking straight along the edge. */
    long directTime_ms(int along_ms, int walk_ms, int b) {
        return (long) walk_ms + Math.abs(along_ms - buildings.along_ms[b]) + buildings.walk_ms[b];
    }
}
