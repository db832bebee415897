package org.doorstep.engine.osm;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.engine.graph.WalkGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WalkableWayFilterTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            highway=footway                                 | true
            highway=pedestrian;area=yes                     | true
            highway=primary                                 | true
            highway=trunk_link                              | true
            highway=track                                   | true
            highway=corridor                                | true
            highway=motorway                                | false
            highway=motorway_link;foot=yes                  | false
            highway=construction                            | false
            highway=proposed                                | false
            highway=raceway                                 | false
            highway=bus_guideway                            | false
            highway=road                                    | false
            building=yes                                    | false
            highway=residential;foot=no                     | false
            highway=primary;foot=use_sidepath               | false
            highway=service;access=private                  | false
            highway=path;access=no                          | false
            highway=service;access=private;foot=yes         | true
            highway=path;access=no;foot=designated          | true
            highway=service;access=destination              | true
            """)
    void walkableByHighwayFootAndAccess(String tags, boolean walkable) {
        assertThat(WalkableWayFilter.edgeFlags(tags(tags)) != WalkableWayFilter.NOT_WALKABLE)
                .isEqualTo(walkable);
    }

    @ParameterizedTest(name = "{0} -> flags {1}")
    @CsvSource(
            delimiter = '|',
            textBlock = """
            highway=steps   | 1
            highway=footway | 0
            """)
    void stepsAreFlagged(String tags, int flags) {
        assertThat(WalkableWayFilter.edgeFlags(tags(tags))).isEqualTo(flags);
        assertThat(WalkGraph.STEPS).isEqualTo(1);
    }

    static Tags tags(String semicolonSeparated) {
        Tags tags = new Tags();
        for (String tag : semicolonSeparated.split(";")) {
            String[] kv = tag.split("=", 2);
            tags.add(kv[0], kv[1]);
        }
        return tags;
    }
}
