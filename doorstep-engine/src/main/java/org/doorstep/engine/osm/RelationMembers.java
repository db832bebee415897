package org.doorstep.engine.osm;

import java.util.Arrays;
import org.doorstep.engine.city.OsmRef;

/** The members of the relation being read, reused from relation to relation. Types are {@link OsmRef} types. */
final class RelationMembers {

    private int[] types = new int[16];
    private long[] ids = new long[16];
    private String[] roles = new String[16];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int type, long id, String role) {
        if (size == ids.length) {
            types = Arrays.copyOf(types, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
            roles = Arrays.copyOf(roles, size * 2);
        }
        types[size] = type;
        ids[size] = id;
        roles[size] = role;
        size++;
    }

    int size() {
        return size;
    }

    /** {@link OsmRef#NODE}, {@link OsmRef#WAY} or {@link OsmRef#RELATION}. */
    int type(int i) {
        return types[i];
    }

    long id(int i) {
        return ids[i];
    }

    String role(int i) {
        return roles[i];
    }
}
