package org.doorstep.engine.access;

import org.doorstep.engine.search.MultiSourceSearch;

/**
 * The state of a {@link WhatIf} session and its updates: where the facilities stand, the node labels, every
 * building's nearest facility and the counts within the thresholds. A change is {@link #begin()}, then {@link
 * #remove} and {@link #place} of facilities, then {@link #refresh}. Not thread-safe.
 */
final class IncrementalAccess {

    private final WalkAccess walk;
    private final int[] thresholds_ms;
    final SessionFacilities facilities;
    final NearestBuildings nearest;
    private final NodeLabels labels;
    private final int[] countWithin;
    private final ReachCollector reach;

    /** The full evaluation of the city's facilities {@code facilityIds}: one unbounded search, one per facility. */
    IncrementalAccess(WalkAccess walk, int[] facilityIds, int[] thresholds_ms) {
        this.walk = walk;
        this.thresholds_ms = thresholds_ms;
        this.facilities = new SessionFacilities(walk.facilities, facilityIds);
        walk.search.start(MultiSourceSearch.UNBOUNDED);
        for (int f : facilityIds) {
            walk.seed(f);
        }
        walk.search.run();
        this.labels = new NodeLabels(walk);
        this.nearest = new NearestBuildings(walk);
        nearest.beginChange();
        for (int e = 0; e < walk.graph.edgeCount(); e++) {
            nearest.refreshEdge(e, labels, facilities);
        }
        int reach_ms = thresholds_ms[thresholds_ms.length - 1];
        this.countWithin =
                FacilityReach.collect(walk, facilityIds, reach_ms).countWithin(thresholds_ms, walk.buildings.size());
        this.reach = new ReachCollector(walk, reach_ms);
    }

    int countWithin(int thresholdIndex, int building) {
        return countWithin[thresholdIndex * nearest.time_ms.length + building];
    }

    void begin() {
        labels.beginChange();
        nearest.beginChange();
    }

    /** Offers the open facility's (time, id) at both ends of its edge and repairs the labels; counts it in. */
    void place(int f) {
        int e = facilities.edge(f);
        if (e >= 0) {
            offerSeeds(f, e);
            labels.run();
        }
        count(f, 1);
    }

    /** Counts the open facility out, closes it, resets its region and repairs the labels. */
    void remove(int f) {
        count(f, -1);
        facilities.setOpen(f, false);
        int e = facilities.edge(f);
        if (e < 0) {
            return;
        }
        for (int i = labels.resetRegion(f, e); i < labels.touchedCount(); i++) {
            int node = labels.touchedNode(i);
            for (int arc = walk.graph.firstArc(node); arc < walk.graph.firstArc(node + 1); arc++) {
                int edge = walk.graph.arcEdge(arc);
                int open = facilities.openOnEdge(edge);
                for (int k = 0; k < open; k++) {
                    offerSeeds(facilities.found(k), edge);
                }
            }
        }
        labels.run();
    }

    void offerSeeds(int f, int e) {
        int along = facilities.along_ms(f);
        int walkOff = facilities.walk_ms(f);
        labels.offer(walk.graph.edgeFrom(e), WalkAccess.seedAtFrom_ms(along, walkOff), f);
        labels.offer(walk.graph.edgeTo(e), walk.seedAtTo_ms(e, along, walkOff), f);
    }

    /** Adds {@code sign} to the counts of every building the facility reaches within each threshold. */
    void count(int f, int sign) {
        reach.clear();
        reach.collect(facilities.edge(f), facilities.along_ms(f), facilities.walk_ms(f));
        int buildings = nearest.time_ms.length;
        for (int pair = 0; pair < reach.size(); pair++) {
            for (int k = 0; k < thresholds_ms.length; k++) {
                if (reach.time_ms(pair) <= thresholds_ms[k]) {
                    countWithin[k * buildings + reach.building(pair)] += sign;
                }
            }
        }
    }

    /** Recomputes the buildings at every node the change touched, and on the facility's old and new edges. */
    void refresh(int f, int oldEdge) {
        nearest.refreshAround(labels, facilities);
        nearest.refreshEdge(oldEdge, labels, facilities);
        nearest.refreshEdge(facilities.edge(f), labels, facilities);
    }
}
