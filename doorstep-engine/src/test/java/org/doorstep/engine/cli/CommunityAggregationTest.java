package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.NetworkOptions;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.community.CommunityCoverage;
import org.doorstep.engine.community.CommunityMembership;
import org.doorstep.engine.graph.WalkGraphBuilder;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.standards.RuleCheck;
import org.doorstep.engine.standards.StandardsCatalog;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Coverage and standards per community on a street along the equator, nodes every 100 m (9,000e-7 degree is 100.08 m;
 * times below are in metres at 1.0 m/s and carry that 0.08 % stretch):
 *
 * <pre>
 *   F=====o=====o=====o=====o=====o=====o     street, x = 0 .. 600 m
 *         |     |           |           |     buildings 10 m north of the street at x = 100, 200, 400, 600
 *        b0    b1          b2          b3     (walk times 110, 210, 410, 610 s from the day-care centre F at x = 0)
 *   [ west: x < 300 m   ][  east: x >= 300 m  ]
 * </pre>
 */
class CommunityAggregationTest {

    private static final int HUNDRED_M = 9_000;
    private static final int TEN_M = 900;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** Per building: residents 15-59, residents 60-79, households. */
    private static final double[][] PEOPLE = {{8, 2, 4}, {6, 4, 6}, {20, 10, 6}, {10, 10, 4}};

    private final CityData city = city();
    private final CityNetwork network = CityNetwork.build(city, NetworkOptions.DEFAULTS);
    private final Population population = population();
    private final AccessResult access = AccessAnalysis.run(
            network,
            population,
            WalkProfile.GENERAL,
            AccessOptions.defaults().withCategories(ServiceCategory.ELDERLY_CARE));
    private final List<Community> communities =
            List.of(community("west", -HUNDRED_M, 3 * HUNDRED_M), community("east", 3 * HUNDRED_M, 7 * HUNDRED_M));
    private final int[] communityOf = CommunityMembership.assign(communities, city.buildings());
    private final int[] facilityCommunity = CommunityMembership.assignPoints(communities, new int[] {0}, new int[] {0});

    @Test
    void sharesCountResidentsAndTargetGroupWithinEachLevelsTime() {
        CommunityCoverage coverage = coverage();

        assertThat(communityOf).containsExactly(0, 0, 1, 1);
        assertThat(coverage.residents(0)).isEqualTo(8 + 2 + 6 + 4);
        assertThat(coverage.targetGroup(1, 0)).isEqualTo(10 + 10);
        // west: 110 s and 210 s are within every level
        assertThat(coverage.residentShare(0, 0, 0)).isEqualTo(1.0);
        // east: nobody within 300 s; within 500 s only b2 (30 of 50 residents, 10 of 20 elderly); all within 1000 s
        assertThat(coverage.residentShare(1, 0, 0)).isZero();
        assertThat(coverage.residentShare(1, 0, 1)).isEqualTo(30.0 / 50);
        assertThat(coverage.targetShare(1, 0, 1)).isEqualTo(10.0 / 20);
        assertThat(coverage.targetShare(1, 0, 2)).isEqualTo(1.0);
        // 400 m2 in the west for 4 + 6 households; nothing in the east
        assertThat(coverage.area_m2Per100Households(0, 0)).isEqualTo(400.0 / 10 * 100);
        assertThat(coverage.area_m2Per100Households(1, 0)).isZero();
    }

    @Test
    void e2sfcaSummaryIsTheTargetGroupWeightedMeanOfTheBuildings() {
        CategoryAccess elderly = access.category(ServiceCategory.ELDERLY_CARE);
        double expected = (10 * elderly.ratioE2sfca(2) + 10 * elderly.ratioE2sfca(3)) / 20;

        assertThat(coverage().meanE2sfca(1, 0)).isCloseTo(expected, within(1e-12));
        assertThat(elderly.ratioE2sfca(2)).isGreaterThan(elderly.ratioE2sfca(3));
    }

    @Test
    void checksDayCareByHouseholdSharesAndAreaPerCommunity() {
        double[] distances = WalkThresholds.evidenceDistances_m(StandardsCatalog.nationalDefault());
        PointReach reach = AccessAnalysis.pointReach(
                network,
                WalkProfile.GENERAL,
                new int[] {0},
                new int[] {0},
                WalkThresholds.time_ms(distances[distances.length - 1]));

        CommunityStandards standards = CommunityStandards.check(
                StandardsCatalog.nationalDefault(),
                2,
                communityOf,
                facilityCommunity,
                population,
                city.facilities(),
                reach,
                distances);

        Map<String, RuleCheck> west = byRule(standards.checks(0));
        Map<String, RuleCheck> east = byRule(standards.checks(1));
        // f5-day-care: 300 m, at least 350 m2; the west has all 10 households within 300 s of 400 m2
        assertThat(west.get("f5-day-care").outcome()).isEqualTo(RuleCheck.Outcome.PASS);
        assertThat(west.get("f5-day-care").share()).isEqualTo(1.0);
        assertThat(east.get("f5-day-care").outcome()).isEqualTo(RuleCheck.Outcome.FAIL);
        assertThat(east.get("f5-day-care").share()).isZero();
        // cc-elderly-station: 500 m; b2's 6 of the east's 10 households are within 500 s
        assertThat(east.get("cc-elderly-station").share()).isEqualTo(6.0 / 10);
        assertThat(east.get("cc-elderly-station").outcome()).isEqualTo(RuleCheck.Outcome.PASS);
        // local-elderly-area-new: 30 m2 per 100 households of elderly care standing inside the community
        assertThat(west.get("local-elderly-area-new").value()).isEqualTo(4000.0);
        assertThat(east.get("local-elderly-area-new").outcome()).isEqualTo(RuleCheck.Outcome.FAIL);
        assertThat(CommunityStandards.reason(east.get("f5-day-care"), city.facilities()))
                .contains("n77");
    }

    private CommunityCoverage coverage() {
        return CommunityCoverage.compute(
                2,
                communityOf,
                facilityCommunity,
                population,
                access,
                city.facilities(),
                WalkThresholds.times_ms(new double[] {300, 500, 1000}));
    }

    private static Map<String, RuleCheck> byRule(List<RuleCheck> checks) {
        return checks.stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.rule().ruleId(), c -> c, (a, b) -> a));
    }

    private static CityData city() {
        WalkGraphBuilder graph = new WalkGraphBuilder();
        int previous = graph.addNode(0, 0);
        for (int i = 1; i <= 6; i++) {
            int next = graph.addNode(i * HUNDRED_M, 0);
            graph.addEdge(previous, next, 0);
            previous = next;
        }
        Buildings.Builder buildings = new Buildings.Builder();
        for (int x : new int[] {1, 2, 4, 6}) {
            buildings.add(OsmRef.of(OsmRef.WAY, x), x * HUNDRED_M, TEN_M, 100, 1, false);
        }
        Facilities.Builder facilities = new Facilities.Builder();
        facilities.add(
                OsmRef.of(OsmRef.NODE, 77),
                ServiceCategory.ELDERLY_CARE,
                "amenity=social_facility",
                "day care",
                0,
                0,
                400,
                1,
                false);
        return new CityData("street", graph.build(), buildings.build(), facilities.build(), Map.of());
    }

    private static Population population() {
        double[] residents = new double[PEOPLE.length * AgeBand.COUNT];
        double[] households = new double[PEOPLE.length];
        for (int b = 0; b < PEOPLE.length; b++) {
            residents[b * AgeBand.COUNT + AgeBand.ofAge(30).ordinal()] = PEOPLE[b][0];
            residents[b * AgeBand.COUNT + AgeBand.ofAge(65).ordinal()] = PEOPLE[b][1];
            households[b] = PEOPLE[b][2];
        }
        return Population.of(residents, households, false);
    }

    private static Community community(String name, int fromLonE7, int toLonE7) {
        double west = fromLonE7 / 1e7;
        double east = toLonE7 / 1e7;
        Polygon box = GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(west, -0.01),
            new Coordinate(east, -0.01),
            new Coordinate(east, 0.01),
            new Coordinate(west, 0.01),
            new Coordinate(west, -0.01)
        });
        return new Community(name, name, "", "", box, "estimated");
    }
}
