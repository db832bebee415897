package org.doorstep.engine.city;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorstep.engine.graph.WalkGraph;

/**
 * What a city is made of before any analysis: its walking graph, its residential buildings and its facilities, plus the
 * import's counts (read, kept, skipped, in a stable order for the summary). Produced by the OSM import and by the city
 * generator alike. Immutable.
 *
 * @param source where it came from (a file name, or {@code generated:seed=…,size=…})
 * @param counts named counts of the import, in insertion order, for {@code summary.json}
 */
public record CityData(
        String source, WalkGraph graph, Buildings buildings, Facilities facilities, Map<String, Long> counts) {

    public CityData {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
