package org.doorstep.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class CityGeneratorTest {

    private static final GeneratedCity DEMO = CityGenerator.generate(CitySpec.demo(42));
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void sameSpecGivesTheSameCity() {
        GeneratedCity again = CityGenerator.generate(CitySpec.demo(42));

        assertThat(fingerprint(again)).isEqualTo(fingerprint(DEMO));
        assertThat(again.communities()).isEqualTo(DEMO.communities());
        assertThat(again.city().counts()).isEqualTo(DEMO.city().counts());
    }

    @Test
    void differentSeedGivesADifferentCity() {
        GeneratedCity other = CityGenerator.generate(CitySpec.demo(43));

        assertThat(fingerprint(other)).isNotEqualTo(fingerprint(DEMO));
    }

    @ParameterizedTest
    @ValueSource(ints = {2_000, 20_000, 50_000})
    void graphHasTheTargetNodeCountWithinFivePercent(int target) {
        WalkGraph graph =
                CityGenerator.generate(CitySpec.ofNodes(target, target)).city().graph();

        assertThat(graph.nodeCount()).isBetween((int) (target * 0.95), (int) (target * 1.05));
    }

    @Test
    void demoHasEveryCategoryAndFortyFiveToFiftyFiveCommunities() {
        Facilities facilities = DEMO.city().facilities();

        for (ServiceCategory category : ServiceCategory.values()) {
            assertThat(facilities.ofCategory(category)).as(category.code()).isNotEmpty();
        }
        assertThat(DEMO.communities()).hasSizeBetween(45, 55);
        assertThat(DEMO.city().counts()).containsEntry("districts", 4L);
    }

    @Test
    void demoHousesAboutOneHundredThousandResidents() {
        double residents = DEMO.city().buildings().totalFloorArea_m2() / FacilityPlacer.FLOOR_AREA_PER_RESIDENT_M2;

        assertThat(residents).isBetween(70_000.0, 130_000.0);
    }

    @Test
    void communitiesHaveNationalCodesAndGeneratedBoundaries() {
        assertThat(DEMO.communities())
                .allSatisfy(c -> {
                    assertThat(c.code()).matches("3201\\d{8}");
                    assertThat(c.name()).endsWith("社区");
                    assertThat(c.street()).endsWith("街道");
                    assertThat(c.district()).endsWith("区");
                    assertThat(c.origin()).isEqualTo("generated");
                    assertThat(c.boundary().isValid()).isTrue();
                })
                .extracting(Community::code)
                .doesNotHaveDuplicates();
    }

    @Test
    void everyBuildingLiesInsideItsCommunity() {
        Buildings buildings = DEMO.city().buildings();

        assertThat(buildings.size()).isPositive();
        for (int b = 0; b < buildings.size(); b++) {
            Community community = DEMO.communities().get(DEMO.communityOf(b));
            assertThat(community.boundary().contains(point(buildings.lonE7(b), buildings.latE7(b))))
                    .as("building %d in %s", b, community.code())
                    .isTrue();
        }
    }

    @Test
    void someCommunitiesHaveNoElderlyCareButMostHaveAServiceCentre() {
        int[] elderlyCare = facilitiesPerCommunity(ServiceCategory.ELDERLY_CARE);
        int[] serviceCentres = facilitiesPerCommunity(ServiceCategory.SERVICE_CENTRE);

        assertThat(Arrays.stream(elderlyCare).filter(n -> n == 0).count()).isPositive();
        long withCentre = Arrays.stream(serviceCentres).filter(n -> n > 0).count();
        assertThat(withCentre).isGreaterThan(serviceCentres.length / 2).isLessThan(serviceCentres.length);
    }

    @Test
    void someFacilitiesFallShortOfTheStandardArea() {
        Facilities facilities = DEMO.city().facilities();
        long short_ = Arrays.stream(facilities.ofCategory(ServiceCategory.SERVICE_CENTRE))
                .filter(f -> facilities.floorArea_m2(f) < FacilityKind.SERVICE_CENTRE.minArea_m2())
                .count();

        assertThat(short_).isPositive();
    }

    @Test
    void graphHasStepsAndAtLeastOneIsland() {
        WalkGraph graph = DEMO.city().graph();

        assertThat(DEMO.city().counts().get("steps_edges")).isPositive();
        assertThat(components(graph)).isGreaterThan(1);
    }

    @Test
    void onlyTheBridgesCrossTheRiver() {
        WalkGraph graph = DEMO.city().graph();
        int crossings = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.edgeFrom(e);
            int b = graph.edgeTo(e);
            if (DEMO.northOfRiver(graph.lonE7(a), graph.latE7(a))
                    != DEMO.northOfRiver(graph.lonE7(b), graph.latE7(b))) {
                crossings++;
            }
        }

        assertThat(crossings).isBetween(1, DEMO.bridges());
    }

    @Test
    void buildingsStandBackFromTheStreets() {
        Buildings buildings = DEMO.city().buildings();
        WalkGraph graph = DEMO.city().graph();
        int near = 0;
        for (int b = 0; b < buildings.size(); b++) {
            double distance = nearestNode_m(graph, buildings.lonE7(b), buildings.latE7(b));
            near += distance >= 5 && distance <= 80 ? 1 : 0;
        }

        // Nearest graph node, not edge: a building 10 m from a street may be up to half a shape-node gap further.
        assertThat(near).isGreaterThan(buildings.size() * 9 / 10);
    }

    private static double nearestNode_m(WalkGraph graph, int lonE7, int latE7) {
        long best = Long.MAX_VALUE;
        for (int n = 0; n < graph.nodeCount(); n++) {
            best = Math.min(best, GeoDistance.distance_mm(lonE7, latE7, graph.lonE7(n), graph.latE7(n)));
        }
        return best / 1000.0;
    }

    private static int[] facilitiesPerCommunity(ServiceCategory category) {
        Facilities facilities = DEMO.city().facilities();
        int[] count = new int[DEMO.communities().size()];
        for (int f : facilities.ofCategory(category)) {
            Point p = point(facilities.lonE7(f), facilities.latE7(f));
            for (int c = 0; c < count.length; c++) {
                count[c] += DEMO.communities().get(c).boundary().contains(p) ? 1 : 0;
            }
        }
        return count;
    }

    private static Point point(int lonE7, int latE7) {
        return GEOMETRY.createPoint(new Coordinate(GeoDistance.toDegrees(lonE7), GeoDistance.toDegrees(latE7)));
    }

    /** Connected components by union-find with path halving. */
    private static int components(WalkGraph graph) {
        int[] parent = new int[graph.nodeCount()];
        for (int n = 0; n < parent.length; n++) {
            parent[n] = n;
        }
        int components = parent.length;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = root(parent, graph.edgeFrom(e));
            int b = root(parent, graph.edgeTo(e));
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
                components--;
            }
        }
        return components;
    }

    private static int root(int[] parent, int n) {
        while (parent[n] != n) {
            parent[n] = parent[parent[n]];
            n = parent[n];
        }
        return n;
    }

    /** Every array of the city as one hash-free string of values, so that equality means equal bytes. */
    private static String fingerprint(GeneratedCity generated) {
        CityData city = generated.city();
        StringBuilder out = new StringBuilder();
        WalkGraph g = city.graph();
        for (int n = 0; n < g.nodeCount(); n++) {
            out.append(g.lonE7(n)).append(',').append(g.latE7(n)).append(';');
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            out.append(g.edgeFrom(e))
                    .append('-')
                    .append(g.edgeTo(e))
                    .append(':')
                    .append(g.edgeLength_mm(e));
            out.append('/').append(g.edgeFlags(e)).append(';');
        }
        Buildings b = city.buildings();
        for (int i = 0; i < b.size(); i++) {
            out.append(b.ref(i))
                    .append(',')
                    .append(b.lonE7(i))
                    .append(',')
                    .append(b.latE7(i))
                    .append(',');
            out.append(b.footprint_m2(i)).append(',').append(b.levels(i)).append(',');
            out.append(generated.communityOf(i)).append(';');
        }
        Facilities f = city.facilities();
        for (int i = 0; i < f.size(); i++) {
            out.append(f.ref(i))
                    .append(',')
                    .append(f.category(i))
                    .append(',')
                    .append(f.kind(i))
                    .append(',');
            out.append(f.name(i))
                    .append(',')
                    .append(f.lonE7(i))
                    .append(',')
                    .append(f.latE7(i))
                    .append(',');
            out.append(f.floorArea_m2(i))
                    .append(',')
                    .append(f.capacity(i))
                    .append(',')
                    .append(f.fallback(i));
            out.append(';');
        }
        return out.toString();
    }
}
