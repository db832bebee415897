package org.doorstep.app.planning;

import java.util.List;

/**
 * The walking network's edges inside a box, ready to draw: each line is {@code [lon1, lat1, lon2, lat2]} in degrees,
 * snapped to the zoom's pixel grid, so that edges shorter than a pixel vanish and duplicates merge.
 *
 * @param steps the lines that are steps (drawn apart: a hazard for the elderly profile)
 * @param truncated true where {@link CityMaps#MAX_LINES} cut the answer short
 * @param source what the graph was built from (an OSM extract's name, or the generator), for the map's attribution
 */
public record RoadLines(List<double[]> lines, List<double[]> steps, boolean truncated, String source) {

    public RoadLines {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
    }
}
