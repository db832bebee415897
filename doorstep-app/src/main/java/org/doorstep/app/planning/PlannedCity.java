package org.doorstep.app.planning;

import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;

/**
 * A city made ready for what-if edits and siting: the city as the registry holds it now ({@link CityModel}) joined to
 * its walking graph, walked with the profile of its newest finished evaluation, and the box of its graph, outside
 * which nothing can be placed.
 */
record PlannedCity(EvaluationRun run, CityModel model, CityNetwork network, Bbox bounds) {

    long cityId() {
        return run.cityId();
    }

    WalkProfile profile() {
        return WalkProfile.named(run.profile());
    }

    /** The run's minute thresholds, ascending. */
    int[] thresholds_min() {
        String[] parts = run.thresholdsMin().split(",");
        int[] minutes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            minutes[i] = Integer.parseInt(parts[i].trim());
        }
        return minutes;
    }

    static Bbox bounds(WalkGraph graph) {
        int west = Integer.MAX_VALUE;
        int south = Integer.MAX_VALUE;
        int east = Integer.MIN_VALUE;
        int north = Integer.MIN_VALUE;
        for (int n = 0; n < graph.nodeCount(); n++) {
            west = Math.min(west, graph.lonE7(n));
            east = Math.max(east, graph.lonE7(n));
            south = Math.min(south, graph.latE7(n));
            north = Math.max(north, graph.latE7(n));
        }
        return new Bbox(west / 1e7, south / 1e7, east / 1e7, north / 1e7);
    }

    /** Throws a problem naming {@code lon} or {@code lat} when the point lies outside the city's graph. */
    void requireInside(double lon, double lat) {
        if (!(lon >= bounds.west() && lon <= bounds.east())) {
            throw new PlanningInputException(
                    "lon", lon + " lies outside city " + cityId() + " (" + bounds.west() + ".." + bounds.east() + ")");
        }
        if (!(lat >= bounds.south() && lat <= bounds.north())) {
            throw new PlanningInputException(
                    "lat",
                    lat + " lies outside city " + cityId() + " (" + bounds.south() + ".." + bounds.north() + ")");
        }
    }
}
