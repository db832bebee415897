package org.doorstep.engine.osm;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.Arrays;

/**
 * The OSM nodes the import needs, each given a dense index {@code 0..size()-1} in the order first asked for: the one
 * place where OSM's {@code long} node ids meet the import's {@code int} ids. Also remembers which nodes a walkable way
 * uses. Dropped once the node pass has stored the coordinates. Not thread-safe.
 */
final class NodeIds {

    /** Returned by {@link #find} for a node nobody asked for. */
    static final int ABSENT = -1;

    private final LongIntHashMap indexById = new LongIntHashMap();
    private boolean[] walkable = new boolean[1024];
    private int size;

    /** The index of node {@code osmId}, given now if new; {@code onWalkableWay} marks it as a future graph node. */
    int index(long osmId, boolean onWalkableWay) {
        int slot = indexById.indexOf(osmId);
        int index;
        if (indexById.indexExists(slot)) {
            index = indexById.indexGet(slot);
        } else {
            index = size++;
            indexById.indexInsert(slot, osmId, index);
            if (index == walkable.length) {
                walkable = Arrays.copyOf(walkable, 2 * index);
            }
        }
        walkable[index] |= onWalkableWay;
        return index;
    }

    /** Indexes of the first {@code count} ids of {@code osmIds}. */
    int[] indexes(long[] osmIds, int count, boolean onWalkableWay) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = index(osmIds[i], onWalkableWay);
        }
        return indexes;
    }

    /** The index of a node already asked for, or {@link #ABSENT}. */
    int find(long osmId) {
        return indexById.getOrDefault(osmId, ABSENT);
    }

    int size() {
        return size;
    }

    /** Which indexes a walkable way uses, as an array of {@link #size()} flags. */
    boolean[] walkable() {
        return Arrays.copyOf(walkable, size);
    }
}
