package org.doorstep.engine.city;

/**
 * The OSM element a building or facility came from, as one {@code long}: the element id times 4 plus its type, so that
 * a node, a way and a relation with the same id stay apart in a primitive array. Printed as {@code n123}, {@code w123},
 * {@code r123}; generated cities use {@code g123}.
 */
public final class OsmRef {

    public static final int NODE = 0;
    public static final int WAY = 1;
    public static final int RELATION = 2;
    public static final int GENERATED = 3;

    private static final char[] PREFIX = {'n', 'w', 'r', 'g'};

    private OsmRef() {}

    /** Encodes a type ({@link #NODE}, {@link #WAY}, {@link #RELATION}, {@link #GENERATED}) and a non-negative id. */
    public static long of(int type, long id) {
        if (type < NODE || type > GENERATED || id < 0 || id > (Long.MAX_VALUE >> 2)) {
            throw new IllegalArgumentException("not an OSM reference: type " + type + ", id " + id);
        }
        return id << 2 | type;
    }

    public static int type(long ref) {
        return (int) (ref & 3);
    }

    public static long id(long ref) {
        return ref >>> 2;
    }

    /** As printed in every export: {@code w123456}. */
    public static String format(long ref) {
        return PREFIX[type(ref)] + Long.toString(id(ref));
    }

    /** The reverse of {@link #format}. */
    public static long parse(String text) {
        if (text.length() < 2) {
            throw new IllegalArgumentException("not an OSM reference: '" + text + "'");
        }
        int type = new String(PREFIX).indexOf(text.charAt(0));
        if (type < 0) {
            throw new IllegalArgumentException(
                    "not an OSM reference: '" + text + "' (expected n, w, r or g and an id)");
        }
        try {
            return of(type, Long.parseLong(text.substring(1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an OSM reference: '" + text + "'", e);
        }
    }
}
