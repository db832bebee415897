package org.doorstep.engine.osm;

/**
 * Receives the elements of one pass over an OSM file, in file order. Arguments are reused from call to call: copy what
 * must outlive the call. Methods default to ignoring the element.
 */
interface OsmHandler {

    /** A node at fixed-point coordinates (1e-7 degree). */
    default void node(long id, int lonE7, int latE7, Tags tags) {}

    /** A way through {@code refs[0..refCount-1]} (OSM node ids). */
    default void way(long id, long[] refs, int refCount, Tags tags) {}

    /** A relation and its members. */
    default void relation(long id, RelationMembers members, Tags tags) {}
}
