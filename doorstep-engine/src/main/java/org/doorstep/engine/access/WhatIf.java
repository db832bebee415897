package org.doorstep.engine.access;

import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.EdgeSnapper;
import org.doorstep.engine.graph.Snaps;

/**
 * A what-if session for one category and walking profile: open, move or close one facility at a time and get every
 * building's nearest facility, nearest time and facility counts within the thresholds, equal to what a full analysis
 * of the changed city gives ({@link WalkAccess#evaluate}), from bounded searches around the change. Changes accumulate.
 *
 * <p>How ({@link NodeLabels}): the session keeps the node labels of the category's multi-source search, (time, lowest
 * facility id). Opening repairs them by a Dijkstra search from the new facility that stops where the old labels are no
 * worse; closing resets the nodes labelled with the facility and repairs them from their neighbours' labels and the
 * facilities on their edges; moving is closing then opening under the same id. Buildings on edges at changed nodes,
 * and on the facility's edges (direct walks), are recomputed. Counts change only within the largest threshold of the
 * old and new places: one bounded search from each. The 2SFCA ratios are not updated (every facility's ratio depends
 * on every other's catchment): run a full analysis for them.
 *
 * <p>Ids: a facility opened gets the next id after every facility of the city and every one opened before, so on equal
 * times the older facilities win, as they would in the city with the new facility appended; a moved facility keeps its
 * id. New points snap like the city's facilities (the network's snapper). Not thread-safe; while it lives, the session
 * uses its {@link WalkAccess}'s search, so that must not be used concurrently.
 */
public final class WhatIf {

    private final WalkAccess walk;
    private final EdgeSnapper snapper;
    private final ServiceCategory category;
    private final int[] thresholds_min;
    private final int[] thresholds_ms;
    private final double[] demand;
    private final IncrementalAccess state;

    private WhatIf(
            WalkAccess walk,
            EdgeSnapper snapper,
            ServiceCategory category,
            int[] facilityIds,
            double[] demand,
            AccessOptions options) {
        this.walk = walk;
        this.snapper = snapper;
        this.category = category;
        this.thresholds_min = options.thresholds_min();
        this.thresholds_ms = options.thresholds_ms();
        this.demand = demand.clone();
        this.state = new IncrementalAccess(walk, facilityIds, thresholds_ms);
    }

    /**
     * Starts a session on the city's current facilities of a category.
     *
     * @param walk the network and profile; the session uses its search (see the class comment)
     * @param snapper the snapper that placed {@code walk}'s facilities, used for new places
     * @param facilityIds the category's facilities, ascending ids
     * @param demand the category's demand of each building, for the demand shares
     * @param options the minute thresholds of the counts and shares (the catchment is not used)
     */
    public static WhatIf start(
            WalkAccess walk,
            EdgeSnapper snapper,
            ServiceCategory category,
            int[] facilityIds,
            double[] demand,
            AccessOptions options) {
        walk.requireFacilityIds(facilityIds);
        if (demand.length != walk.buildings.size()) {
            throw new IllegalArgumentException("expected " + walk.buildings.size() + " demands, got " + demand.length);
        }
        return new WhatIf(walk, snapper, category, facilityIds, demand, options);
    }

    /** Opens a facility at a point (1e-7 degree); it takes the next id (see the class comment). */
    public WhatIfChange openFacility(int lonE7, int latE7) {
        long start = System.nanoTime();
        state.begin();
        Snaps snap = snapper.snap(new int[] {lonE7}, new int[] {latE7});
        int f = state.facilities.add(snap.edge(0), along_ms(snap), walk_ms(snap));
        state.place(f);
        return finish(WhatIfChange.Kind.OPEN, f, -1, start);
    }

    /**
     * Closes an open facility.
     *
     * @throws IllegalArgumentException if the facility is not open in this session
     */
    public WhatIfChange closeFacility(int facility) {
        long start = System.nanoTime();
        requireOpen(facility);
        state.begin();
        int oldEdge = state.facilities.edge(facility);
        state.remove(facility);
        return finish(WhatIfChange.Kind.CLOSE, facility, oldEdge, start);
    }

    /**
     * Moves an open facility to a point (1e-7 degree); it keeps its id.
     *
     * @throws IllegalArgumentException if the facility is not open in this session
     */
    public WhatIfChange moveFacility(int facility, int lonE7, int latE7) {
        long start = System.nanoTime();
        requireOpen(facility);
        state.begin();
        int oldEdge = state.facilities.edge(facility);
        state.remove(facility);
        Snaps snap = snapper.snap(new int[] {lonE7}, new int[] {latE7});
        state.facilities.relocate(facility, snap.edge(0), along_ms(snap), walk_ms(snap));
        state.facilities.setOpen(facility, true);
        state.place(facility);
        return finish(WhatIfChange.Kind.MOVE, facility, oldEdge, start);
    }

    private int along_ms(Snaps snap) {
        return snap.isSnapped(0) ? PlacedPoints.along_ms(walk.graph, snap, 0, walk.profile) : 0;
    }

    private int walk_ms(Snaps snap) {
        return snap.isSnapped(0) ? PlacedPoints.walk_ms(snap, 0, walk.profile) : 0;
    }

    private void requireOpen(int facility) {
        if (!state.facilities.isOpen(facility)) {
            throw new IllegalArgumentException(
                    "facility " + facility + " is not open in this what-if session of " + category.code());
        }
    }

    private WhatIfChange finish(WhatIfChange.Kind kind, int f, int oldEdge, long start) {
        state.refresh(f, oldEdge);
        double[] buildingShare = new double[thresholds_ms.length];
        double[] demandShare = new double[thresholds_ms.length];
        for (int k = 0; k < thresholds_ms.length; k++) {
            buildingShare[k] = buildingShareWithin(k);
            demandShare[k] = demandShareWithin(k);
        }
        return new WhatIfChange(
                kind, f, state.nearest.changed(), state.nearest, buildingShare, demandShare, System.nanoTime() - start);
    }

    public ServiceCategory category() {
        return category;
    }

    public int buildingCount() {
        return state.nearest.time_ms.length;
    }

    /** Number of facility ids in use: the city's facilities (every category) and those opened in the session. */
    public int facilityCount() {
        return state.facilities.count();
    }

    /** Whether a facility id is open in the session (of the category, not closed; or opened here). */
    public boolean isOpen(int facility) {
        return state.facilities.isOpen(facility);
    }

    /** The minute thresholds, ascending, as a copy; {@code thresholdIndex} arguments index this array. */
    public int[] thresholds_min() {
        return thresholds_min.clone();
    }

    /** Walking time in ms to the nearest open facility, {@link Integer#MAX_VALUE} if none is reachable. */
    public int nearestTime_ms(int building) {
        return state.nearest.time_ms[building];
    }

    /** Id of the nearest open facility (the lowest id among equally near ones), or -1 if none is reachable. */
    public int nearestFacility(int building) {
        return state.nearest.facility[building];
    }

    /** Number of open facilities within threshold {@code thresholdIndex} of the building. */
    public int countWithin(int thresholdIndex, int building) {
        return state.countWithin(thresholdIndex, building);
    }

    /** Share of all buildings within the threshold, as {@link CategoryAccess#buildingShareWithin}. */
    public double buildingShareWithin(int thresholdIndex) {
        return CategoryAccess.buildingShare(state.nearest.time_ms, thresholds_ms[thresholdIndex]);
    }

    /** Share of the category's demand within the threshold, as {@link CategoryAccess#demandShareWithin}. */
    public double demandShareWithin(int thresholdIndex) {
        return CategoryAccess.demandShare(state.nearest.time_ms, demand, thresholds_ms[thresholdIndex]);
    }
}
