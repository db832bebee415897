package org.doorstep.engine.osm;

/** An OSM file that can be read several times, each time for some kinds of element. Not thread-safe. */
interface OsmSource {

    int NODES = 1;
    int WAYS = 2;
    int RELATIONS = 4;

    /**
     * Passes the elements of the wanted kinds to {@code handler}, in file order.
     *
     * @param kinds a combination of {@link #NODES}, {@link #WAYS} and {@link #RELATIONS}
     */
    void read(int kinds, OsmHandler handler) throws OsmImportException;
}
