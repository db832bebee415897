package org.doorstep.engine;

import org.doorstep.engine.graph.EdgeSnapper;
import org.doorstep.engine.graph.GraphIslands;

/**
 * How buildings and facilities are joined to the walking graph. Immutable.
 *
 * @param maxSnap_m farthest straight-line distance in metres from a point to its edge; farther points stay unsnapped
 *     and are reported (default {@value EdgeSnapper#DEFAULT_MAX_SNAP_M})
 * @param minIslandNodes components with fewer nodes than this (other than the largest) are islands, not snapped to
 *     (default {@value GraphIslands#DEFAULT_MIN_NODES}, see {@link GraphIslands})
 */
public record NetworkOptions(double maxSnap_m, int minIslandNodes) {

    /** 300 m snapping, islands below 20 nodes. */
    public static final NetworkOptions DEFAULTS =
            new NetworkOptions(EdgeSnapper.DEFAULT_MAX_SNAP_M, GraphIslands.DEFAULT_MIN_NODES);

    public NetworkOptions {
        if (!(maxSnap_m > 0) || minIslandNodes < 1) {
            throw new IllegalArgumentException(
                    "maximum snap distance must be > 0 m and minimum island size >= 1 node, got " + maxSnap_m
                            + " m and " + minIslandNodes);
        }
    }
}
