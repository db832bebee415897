package org.doorstep.app.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonGeometryTest {

    private final ObjectMapper json = new ObjectMapper();

    private List<String> faultsOf(String geometry) throws Exception {
        List<String> faults = new ArrayList<>();
        GeoJsonGeometry.read(json.readTree(geometry), faults);
        return faults;
    }

    @Test
    void readsAPolygonAndItsCentroid() throws Exception {
        // An L of three unit squares: area 3, centroid the mean of the squares' centres (0.5,0.5), (1.5,0.5),
        // (0.5,1.5).
        JsonNode l =
                json.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[2,1],[1,1],[1,2],[0,2],[0,0]]]}");
        List<String> faults = new ArrayList<>();
        GeoJsonGeometry.Boundary boundary = GeoJsonGeometry.read(l, faults);
        assertThat(faults).isEmpty();
        assertThat(boundary.geometry().getArea()).isEqualTo(3.0);
        assertThat(boundary.centreLon()).isCloseTo((0.5 + 1.5 + 0.5) / 3, offset(1e-12));
        assertThat(boundary.centreLat()).isCloseTo((0.5 + 0.5 + 1.5) / 3, offset(1e-12));
    }

    @Test
    void readsAMultiPolygonWithAHole() throws Exception {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],"
                + "[[1,1],[2,1],[2,2],[1,2],[1,1]]],[[[10,10],[11,10],[11,11],[10,10]]]]}";
        assertThat(faultsOf(multi)).isEmpty();
    }

    @Test
    void namesTheRingThatIsNotClosed() throws Exception {
        assertThat(faultsOf("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                .singleElement()
                .asString()
                .contains("ring 0", "not closed", "[0.0, 0.0]", "[0.0, 1.0]");
    }

    @Test
    void namesThePositionOutsideWgs84() throws Exception {
        // Latitude and longitude swapped: 118 is no latitude.
        assertThat(faultsOf("{\"type\":\"Polygon\",\"coordinates\":[[[32,118],[32.1,118],[32.1,118.1],[32,118]]]}"))
                .first()
                .asString()
                .contains("ring 0, position 0", "outside WGS 84");
    }

    @Test
    void refusesASelfIntersectingRing() throws Exception {
        // A bow tie: the edges (0,0)-(1,1) and (1,0)-(0,1) cross at (0.5, 0.5).
        assertThat(faultsOf("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"))
                .singleElement()
                .asString()
                .contains("not a valid polygon", "[0.5, 0.5]");
    }

    @Test
    void refusesShortRingsAndOtherTypes() throws Exception {
        assertThat(faultsOf("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}"))
                .singleElement()
                .asString()
                .contains("at least 4 positions, got 3");
        assertThat(faultsOf("{\"type\":\"Point\",\"coordinates\":[0,0]}"))
                .singleElement()
                .asString()
                .contains("got Point");
        assertThat(faultsOf(
                        "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],\"x\"]]]}"))
                .anySatisfy(fault -> assertThat(fault).contains("polygon 1, ring 0"));
    }
}
