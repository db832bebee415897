package org.doorstep.engine.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkGraph;
import org.junit.jupiter.api.Test;

/** Reads the hand-drawn files beside this class; their comments draw them, the expected values follow from that. */
class OsmCityReaderTest {

    private static final double R = GeoDistance.EARTH_RADIUS_M;
    private static final double METRES_PER_DEGREE = R * Math.PI / 180;

    @Test
    void keepsOnlyWalkableWaysAndFlagsSteps() throws Exception {
        CityData city = read("walk-graph.osm");
        WalkGraph graph = city.graph();

        // w10, w11, w14, w17, w18; n1 n2 n3 n4 n5 n10 n11 n12 n13 n14 (n99 is missing)
        assertThat(city.counts()).containsEntry("walkable_ways", 5L).containsEntry("graph_nodes", 10L);
        // w10, w11, w14, three sides of w17, n13-n14 of w18
        assertThat(graph.edgeCount()).isEqualTo(7);
        assertThat(city.counts())
                .containsEntry("graph_edges", 7L)
                .containsEntry("steps_edges", 1L)
                .containsEntry("missing_node_refs", 1L)
                .containsEntry("segments_missing_node", 1L)
                .containsEntry("segments_zero_length", 1L);
        assertThat(graph.isSteps(0)).isFalse();
        assertThat(graph.isSteps(1)).isTrue();
    }

    @Test
    void measuresEdgesByHaversine() throws Exception {
        WalkGraph graph = read("walk-graph.osm").graph();

        // Edge 0 is w10, n1 (120.000, 30.000) to n2 (120.001, 30.000): one latitude, so h = cos²φ sin²(Δλ/2).
        double phi = Math.toRadians(30.0);
        double expected_m = 2 * R * Math.asin(Math.cos(phi) * Math.sin(Math.toRadians(0.001) / 2));
        assertThat(graph.edgeLength_mm(0)).isCloseTo((int) Math.round(expected_m * 1000), within(1));
        // Edge 2 is w14, n4 (120.000, 29.999) to n5 (120.002, 29.999).
        double expected2_m = 2 * R * Math.asin(Math.cos(Math.toRadians(29.999)) * Math.sin(Math.toRadians(0.002) / 2));
        assertThat(graph.edgeLength_mm(2)).isCloseTo((int) Math.round(expected2_m * 1000), within(1));
        assertThat(graph.lonE7(graph.edgeFrom(0))).isEqualTo(1_200_000_000);
    }

    @Test
    void footprintOfASquareIsItsSidesInMetres() throws Exception {
        Buildings buildings = read("buildings.osm").buildings();

        int w101 = indexOf(buildings, OsmRef.of(OsmRef.WAY, 101));
        double side_m = 0.001 * METRES_PER_DEGREE;
        double expected_m2 = side_m * side_m * Math.cos(Math.toRadians(31.0025));
        assertThat(buildings.footprint_m2(w101)).isCloseTo(expected_m2, within(expected_m2 * 1e-9));
        assertThat(buildings.lonE7(w101)).isEqualTo(1_210_025_000);
        assertThat(buildings.latE7(w101)).isEqualTo(310_025_000);
    }

    @Test
    void multipolygonFootprintIsOuterMinusInner() throws Exception {
        Buildings buildings = read("buildings.osm").buildings();

        int r200 = indexOf(buildings, OsmRef.of(OsmRef.RELATION, 200));
        // (0.002² - 0.001²) square degrees, centred at lat 31.001
        double expected_m2 = (4e-6 - 1e-6) * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(31.001));
        assertThat(buildings.footprint_m2(r200)).isCloseTo(expected_m2, within(expected_m2 * 1e-9));
        assertThat(buildings.levels(r200)).isEqualTo(2);
        assertThat(buildings.floorArea_m2(r200)).isCloseTo(2 * expected_m2, within(expected_m2 * 1e-9));
    }

    @Test
    void residentialByBuildingValueOrByResidentialLand() throws Exception {
        CityData city = read("buildings.osm");
        Buildings buildings = city.buildings();

        List<String> refs = new ArrayList<>();
        for (int b = 0; b < buildings.size(); b++) {
            refs.add(OsmRef.format(buildings.ref(b)));
        }
        // w102 (yes, outside the residential land) and w104 (school) are not residential
        assertThat(refs).containsExactly("w101", "w103", "w105", "w106", "r200");
        assertThat(city.counts())
                .containsEntry("buildings", 7L)
                .containsEntry("residential_buildings", 5L)
                .containsEntry("levels_assumed", 2L);
    }

    @Test
    void levelsFromTagsOrAssumed() throws Exception {
        Buildings buildings = OsmCityReader.read(
                        resource("buildings.osm"), OsmImportOptions.defaults().withDefaultLevels(4))
                .buildings();

        assertLevels(buildings, OsmRef.of(OsmRef.WAY, 101), 4, true);
        assertLevels(buildings, OsmRef.of(OsmRef.WAY, 103), 7, false); // "6.5"
        assertLevels(buildings, OsmRef.of(OsmRef.WAY, 105), 6, false); // "5;6"
        assertLevels(buildings, OsmRef.of(OsmRef.WAY, 106), 4, true); // "many"
    }

    @Test
    void facilitiesOneRowPerPlaceAndCategory() throws Exception {
        Facilities facilities = read("facilities.osm").facilities();

        List<String> rows = new ArrayList<>();
        for (int f = 0; f < facilities.size(); f++) {
            rows.add(OsmRef.format(facilities.ref(f)) + " "
                    + facilities.category(f).code() + " " + facilities.kind(f) + " " + facilities.name(f)
                    + (facilities.fallback(f) ? " fallback" : ""));
        }
        assertThat(rows)
                .containsExactly(
                        "n1 health amenity=pharmacy 老百姓大药房",
                        "n2 culture amenity=community_centre 幸福社区中心",
                        "n2 service_centre community_centre=community_center 幸福社区中心",
                        "n3 meals amenity=restaurant Noodles fallback",
                        "n4 childcare amenity=kindergarten ",
                        "n4 kindergarten amenity=kindergarten ",
                        "n5 elderly_care social_facility=day_care ",
                        "n6 service_centre name~居委会 幸福社区居委会",
                        "w10 health amenity=clinic ");
    }

    @Test
    void facilityPointsCapacityAndFloorArea() throws Exception {
        Facilities facilities = read("facilities.osm").facilities();

        int kindergarten = facilities.ofCategory(ServiceCategory.KINDERGARTEN)[0];
        assertThat(facilities.capacity(kindergarten)).isEqualTo(120);
        assertThat(facilities.lonE7(kindergarten)).isEqualTo(1_187_840_000);
        assertThat(facilities.floorArea_m2(kindergarten)).isNaN();
        int pharmacy = 0;
        assertThat(facilities.capacity(pharmacy)).isEqualTo(1);

        int clinic = facilities.size() - 1;
        double side_m = 0.001 * METRES_PER_DEGREE;
        double footprint_m2 = side_m * side_m * Math.cos(Math.toRadians(32.0405));
        assertThat(facilities.floorArea_m2(clinic)).isCloseTo(2 * footprint_m2, within(footprint_m2 * 1e-9));
        assertThat(facilities.lonE7(clinic)).isEqualTo(1_187_905_000);
        assertThat(facilities.latE7(clinic)).isEqualTo(320_405_000);
    }

    @Test
    void countsInAStableOrder() throws Exception {
        CityData city = read("facilities.osm");

        List<String> expected = new ArrayList<>(List.of(
                "osm_nodes",
                "osm_ways",
                "osm_relations",
                "walkable_ways",
                "graph_nodes",
                "graph_edges",
                "steps_edges",
                "missing_node_refs",
                "segments_missing_node",
                "segments_zero_length",
                "incomplete_areas",
                "buildings",
                "residential_buildings",
                "levels_assumed",
                "facilities"));
        for (ServiceCategory category : ServiceCategory.values()) {
            expected.add("facilities_" + category.code());
        }
        assertThat(city.counts().keySet()).containsExactlyElementsOf(expected);
        assertThat(city.counts()).containsEntry("osm_nodes", 11L).containsEntry("facilities_service_centre", 2L);
        assertThat(city.source()).isEqualTo("facilities.osm");
    }

    @Test
    void reportsProgressWithoutPrinting() throws Exception {
        List<String> lines = new ArrayList<>();
        OsmCityReader.read(
                resource("walk-graph.osm"), OsmImportOptions.defaults().withProgress(lines::add));

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    }

    @Test
    void refusesAMissingFile() {
        Path missing = Path.of("no-such-city.osm.pbf");

        assertThatThrownBy(() -> OsmCityReader.read(missing, OsmImportOptions.defaults()))
                .isInstanceOf(OsmImportException.class)
                .hasMessageContaining("no-such-city.osm.pbf");
    }

    private static void assertLevels(Buildings buildings, long ref, int levels, boolean assumed) {
        int b = indexOf(buildings, ref);
        assertThat(buildings.levels(b)).as(OsmRef.format(ref)).isEqualTo(levels);
        assertThat(buildings.levelsAssumed(b)).as(OsmRef.format(ref)).isEqualTo(assumed);
    }

    private static int indexOf(Buildings buildings, long ref) {
        for (int b = 0; b < buildings.size(); b++) {
            if (buildings.ref(b) == ref) {
                return b;
            }
        }
        throw new AssertionError(OsmRef.format(ref) + " is not among the residential buildings");
    }

    static CityData read(String name) throws OsmImportException {
        return OsmCityReader.read(resource(name), OsmImportOptions.defaults());
    }

    static Path resource(String name) {
        try {
            return Path.of(OsmCityReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
