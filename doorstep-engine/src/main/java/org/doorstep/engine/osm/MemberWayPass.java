package org.doorstep.engine.osm;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongObjectHashMap;

/**
 * The pass over ways that only multipolygons need (most such ways carry no tags of their own): their nodes as {@link
 * NodeIds} indexes, by way id. Not thread-safe.
 */
final class MemberWayPass implements OsmHandler {

    private final LongHashSet wanted;
    private final NodeIds ids;
    private final LongObjectHashMap<int[]> nodesByWay = new LongObjectHashMap<>();

    MemberWayPass(LongHashSet wanted, NodeIds ids) {
        this.wanted = wanted;
        this.ids = ids;
    }

    @Override
    public void way(long id, long[] refs, int refCount, Tags tags) {
        if (wanted.contains(id)) {
            nodesByWay.put(id, ids.indexes(refs, refCount, false));
        }
    }

    /** Node indexes of each wanted way the file holds; ways outside the extract are absent. */
    LongObjectHashMap<int[]> nodesByWay() {
        return nodesByWay;
    }
}
