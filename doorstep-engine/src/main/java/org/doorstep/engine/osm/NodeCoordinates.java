package org.doorstep.engine.osm;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * Coordinates (1e-7 degree) of the needed nodes by their {@link NodeIds} index, filled by the node pass. A node that a
 * way uses but the extract lacks stays {@linkplain #isMissing missing}. Not thread-safe.
 */
final class NodeCoordinates {

    // No real latitude is this small: it marks a node not (yet) read.
    private static final int MISSING = Integer.MIN_VALUE;

    private final int[] lonE7;
    private final int[] latE7;

    NodeCoordinates(int size) {
        lonE7 = new int[size];
        latE7 = new int[size];
        Arrays.fill(latE7, MISSING);
    }

    void set(int index, int lon, int lat) {
        lonE7[index] = lon;
        latE7[index] = lat;
    }

    boolean isMissing(int index) {
        return latE7[index] == MISSING;
    }

    int lonE7(int index) {
        return lonE7[index];
    }

    int latE7(int index) {
        return latE7[index];
    }

    /** A JTS coordinate in degrees (x = longitude, y = latitude) of a node that is not missing. */
    Coordinate coordinate(int index) {
        return new Coordinate(lonE7[index] / 1e7, latE7[index] / 1e7);
    }
}
