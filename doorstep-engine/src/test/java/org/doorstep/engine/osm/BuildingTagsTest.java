package org.doorstep.engine.osm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildingTagsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            6         | 6
            ' 6 '     | 6
            6.5       | 7
            6.4       | 6
            5;6       | 6
            6;x       | 6
            many      | 0
            ''        | 0
            0         | 0
            -1        | 0
            1e3       | 0
            NaN       | 0
            6f        | 0
            999       | 0
            """)
    void parsesLevels(String text, int levels) {
        assertThat(BuildingTags.parseLevels(text)).isEqualTo(levels);
    }

    @Test
    void residentialUnspecificOrOther() {
        assertThat(BuildingTags.kind(Tags.of("building", "apartments"))).isEqualTo(BuildingTags.RESIDENTIAL);
        assertThat(BuildingTags.kind(Tags.of("building", "static_caravan"))).isEqualTo(BuildingTags.RESIDENTIAL);
        assertThat(BuildingTags.kind(Tags.of("building", "yes"))).isEqualTo(BuildingTags.UNSPECIFIC);
        assertThat(BuildingTags.kind(Tags.of("building", "school"))).isEqualTo(BuildingTags.OTHER);
        assertThat(BuildingTags.kind(Tags.of("building", "no"))).isEqualTo(BuildingTags.NONE);
        assertThat(BuildingTags.kind(Tags.of("highway", "footway"))).isEqualTo(BuildingTags.NONE);
    }

    @Test
    void statedLevelsOnlyFromBuildingLevels() {
        assertThat(BuildingTags.statedLevels(Tags.of("building", "yes", "building:levels", "12")))
                .isEqualTo(12);
        assertThat(BuildingTags.statedLevels(Tags.of("building", "yes", "levels", "12")))
                .isEqualTo(BuildingTags.NO_LEVELS);
    }
}
