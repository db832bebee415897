package org.doorstep.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;
import org.junit.jupiter.api.Test;

/** The road layer keeps the edges that meet the box and drops those shorter than the zoom's pixel. */
class CityMapsTest {

    // Three nodes on a line: 0 -> 1 is about 1 m, 1 -> 2 about 1 km.
    private static WalkGraph line() {
        WalkGraphBuilder builder = new WalkGraphBuilder();
        builder.addNode(1_187_800_000, 320_400_000);
        builder.addNode(1_187_800_100, 320_400_000);
        builder.addNode(1_187_900_000, 320_400_000);
        builder.addEdge(0, 1, (byte) 0);
        builder.addEdge(1, 2, (byte) WalkGraph.STEPS);
        return builder.build();
    }

    @Test
    void aHighZoomKeepsEveryEdgeAndMarksSteps() {
        RoadLines roads = CityMaps.clip(line(), new Bbox(118, 32, 119, 33), CityMaps.pixel_deg(20));
        assertThat(roads.lines()).hasSize(1);
        assertThat(roads.steps()).hasSize(1);
        assertThat(roads.truncated()).isFalse();
    }

    @Test
    void aLowZoomDropsEdgesShorterThanAPixel() {
        double pixel = CityMaps.pixel_deg(12);
        assertThat(pixel).isGreaterThan(1e-5);
        RoadLines roads = CityMaps.clip(line(), new Bbox(118, 32, 119, 33), pixel);
        assertThat(roads.lines()).isEmpty();
        assertThat(roads.steps()).hasSize(1);
    }

    @Test
    void edgesOutsideTheBoxAreLeftOut() {
        RoadLines roads = CityMaps.clip(line(), new Bbox(118.785, 32, 119, 33), CityMaps.pixel_deg(20));
        assertThat(roads.lines()).isEmpty();
        assertThat(roads.steps()).hasSize(1);
    }
}
