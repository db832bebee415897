package org.doorstep.engine.access;

import java.util.Arrays;

/**
 * The nearest open facility of every building in a what-if session, recomputed edge by edge from the node labels and
 * the facilities standing on the edge, as {@link WalkAccess} computes it; plus the log of the buildings a change
 * touched and their values before it. Not thread-safe.
 */
final class NearestBuildings {

    private final WalkAccess walk;
    final int[] time_ms;
    final int[] facility;
    private final int[] oldTime_ms;
    private final int[] oldFacility;
    private final int[] loggedIn;
    private final int[] edgeDoneIn;
    private int[] logged = new int[64];
    private int loggedCount;
    private int change;

    NearestBuildings(WalkAccess walk) {
        this.walk = walk;
        int n = walk.buildings.size();
        this.time_ms = new int[n];
        this.facility = new int[n];
        this.oldTime_ms = new int[n];
        this.oldFacility = new int[n];
        this.loggedIn = new int[n];
        this.edgeDoneIn = new int[walk.graph.edgeCount()];
        Arrays.fill(time_ms, Integer.MAX_VALUE);
        Arrays.fill(facility, -1);
    }

    void beginChange() {
        change++;
        loggedCount = 0;
    }

    /** Recomputes the buildings on every edge at a touched node; each edge once per change. */
    void refreshAround(NodeLabels labels, SessionFacilities facilities) {
        for (int i = 0; i < labels.touchedCount(); i++) {
            int node = labels.touchedNode(i);
            for (int arc = walk.graph.firstArc(node); arc < walk.graph.firstArc(node + 1); arc++) {
                refreshEdge(walk.graph.arcEdge(arc), labels, facilities);
            }
        }
    }

    /** Recomputes the buildings on edge {@code e} (-1: nothing), unless done already in this change. */
    void refreshEdge(int e, NodeLabels labels, SessionFacilities facilities) {
        if (e < 0 || edgeDoneIn[e] == change) {
            return;
        }
        edgeDoneIn[e] = change;
        PlacedPoints buildings = walk.buildings;
        int from = walk.graph.edgeFrom(e);
        int to = walk.graph.edgeTo(e);
        int direct = facilities.openOnEdge(e);
        for (int i = buildings.firstOnEdge(e); i < buildings.endOnEdge(e); i++) {
            int b = buildings.pointAt(i);
            log(b);
            time_ms[b] = Integer.MAX_VALUE;
            facility[b] = -1;
            offerViaNode(b, from, buildings.along_ms[b], labels);
            offerViaNode(b, to, walk.edgeTime_ms[e] - buildings.along_ms[b], labels);
            for (int k = 0; k < direct; k++) {
                int f = facilities.found(k);
                long t = walk.directTime_ms(facilities.along_ms(f), facilities.walk_ms(f), b);
                WalkAccess.offer(b, t, f, time_ms, facility);
            }
        }
    }

    private void offerViaNode(int b, int node, int along_ms, NodeLabels labels) {
        int atNode = labels.time_ms(node);
        if (atNode != Integer.MAX_VALUE) {
            long t = (long) atNode + along_ms + walk.buildings.walk_ms[b];
            WalkAccess.offer(b, t, labels.source(node), time_ms, facility);
        }
    }

    private void log(int b) {
        if (loggedIn[b] != change) {
            loggedIn[b] = change;
            oldTime_ms[b] = time_ms[b];
            oldFacility[b] = facility[b];
            if (loggedCount == logged.length) {
                logged = Arrays.copyOf(logged, loggedCount * 2);
            }
            logged[loggedCount++] = b;
        }
    }

    /** The buildings whose time or facility differs from before the change, ascending ids. */
    int[] changed() {
        int[] ids = new int[loggedCount];
        int n = 0;
        for (int i = 0; i < loggedCount; i++) {
            int b = logged[i];
            if (time_ms[b] != oldTime_ms[b] || facility[b] != oldFacility[b]) {
                ids[n++] = b;
            }
        }
        int[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        return sorted;
    }

    int oldTime_ms(int b) {
        return oldTime_ms[b];
    }

    int oldFacility(int b) {
        return oldFacility[b];
    }
}
