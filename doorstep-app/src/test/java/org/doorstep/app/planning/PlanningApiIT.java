package org.doorstep.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.NetworkOptions;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.standards.LifeCircleLevel;
import org.doorstep.engine.standards.RuleKind;
import org.doorstep.engine.standards.StandardRule;
import org.doorstep.engine.standards.StandardsCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * The planning API on a small evaluated city: what-if edits, siting and the life-circle standards, each checked
 * against the engine run directly on the same city (a full analysis of the changed city, not the session's repair).
 */
@DoorstepTest
class PlanningApiIT {

    private static final ServiceCategory CATEGORY = ServiceCategory.ELDERLY_CARE;
    private static final int[] MINUTES = {5, 10, 15};

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    CityInputs inputs;

    @LocalServerPort
    int port;

    SmallCity.Evaluated city;
    TestAccounts accounts;
    ApiClient planner;
    CityModel model;

    @BeforeEach
    void seed() {
        city = SmallCity.evaluated(context, TestClock.TODAY);
        accounts = new TestAccounts(accountService, port);
        planner = accounts.withPlaces(Role.PLANNER, city.city().cityId());
        model = inputs.load(city.city().cityId());
    }

    @Test
    void addingAFacilityRaisesCoverageAsAFullAnalysisOfTheChangedCitySays() {
        CategoryAccess before = access(model.city().facilities());
        int far = farthestReachedBuilding(before);
        double lon = model.building(far).lon();
        double lat = model.building(far).lat();
        CategoryAccess after = access(withFacility(model.city().facilities(), lon, lat, -1));

        String session = startSession(planner);
        String outcome = edit(
                        planner, session, Map.of("kind", "add", "category", CATEGORY.code(), "lon", lon, "lat", lat))
                .getBody();

        assertThat(JsonPath.<Integer>read(outcome, "$.facilityId")).isEqualTo(-1);
        assertWithin(outcome, "$.city.residentsBefore", residentsWithin(before, -1));
        assertWithin(outcome, "$.city.residentsAfter", residentsWithin(after, -1));
        assertThat(sum(JsonPath.read(outcome, "$.city.residentsAfter")))
                .isGreaterThan(sum(JsonPath.read(outcome, "$.city.residentsBefore")));
        List<Map<String, Object>> communities = JsonPath.read(outcome, "$.communities[?(@.suppressed == false)]");
        assertThat(communities).isNotEmpty();
        for (Map<String, Object> community : communities) {
            int c = java.util.Arrays.binarySearch(
                    model.communityIds(), ((Number) community.get("communityId")).longValue());
            assertWithin(community.get("residentsAfter"), residentsWithin(after, c));
        }
        assertChangedBuildings(outcome, before, after);
    }

    @Test
    void movingAnAddedFacilityGivesTheCoverageOfTheCityWithItAtItsNewPlace() {
        double lon = model.building(0).lon();
        double lat = model.building(0).lat();
        int last = model.buildingCount() - 1;
        double toLon = model.building(last).lon();
        double toLat = model.building(last).lat();
        CategoryAccess placed = access(withFacility(model.city().facilities(), lon, lat, -1));
        CategoryAccess moved = access(withFacility(model.city().facilities(), toLon, toLat, -1));

        String session = startSession(planner);
        edit(planner, session, Map.of("kind", "add", "category", CATEGORY.code(), "lon", lon, "lat", lat));
        String outcome = edit(planner, session, Map.of("kind", "move", "facilityId", -1, "lon", toLon, "lat", toLat))
                .getBody();

        assertWithin(outcome, "$.city.residentsAfter", residentsWithin(moved, -1));
        assertChangedBuildings(outcome, placed, moved);
    }

    @Test
    void closingAFacilityLowersCoverageAsAFullAnalysisWithoutItSays() {
        Facilities facilities = model.city().facilities();
        // The small city may lack a category: close a facility of the one with the most.
        ServiceCategory category = java.util.Arrays.stream(ServiceCategory.values())
                .max(java.util.Comparator.comparingInt(c -> facilities.ofCategory(c).length))
                .orElseThrow();
        int closed = facilities.ofCategory(category)[0];
        CategoryAccess before = access(facilities, category);
        CategoryAccess after = access(withFacility(facilities, Double.NaN, Double.NaN, closed), category);

        String session = startSession(planner);
        String outcome = edit(planner, session, Map.of("kind", "close", "facilityId", model.facilityId(closed)))
                .getBody();

        assertWithin(outcome, "$.city.residentsAfter", residentsWithin(after, -1));
        assertChangedBuildings(outcome, before, after);
        ResponseEntity<String> again =
                edit(planner, session, Map.of("kind", "close", "facilityId", model.facilityId(closed)));
        assertProblem(again, "facilityId");
    }

    @Test
    void badEditsAreProblemsNamingTheField() {
        String session = startSession(planner);
        long facility = model.facilityId(0);
        assertProblem(
                edit(planner, session, Map.of("kind", "add", "category", "spa", "lon", 0.0, "lat", 0.0)), "category");
        assertProblem(
                edit(planner, session, Map.of("kind", "add", "category", CATEGORY.code(), "lon", 179.0, "lat", 0.0)),
                "lon");
        assertProblem(edit(planner, session, Map.of("kind", "close", "facilityId", 999_999_999L)), "facilityId");
        assertProblem(edit(planner, session, Map.of("kind", "move", "facilityId", facility)), "lon");
        assertProblem(edit(planner, session, Map.of("kind", "demolish", "facilityId", facility)), "kind");
        long cityId = city.city().cityId();
        assertProblem(planner.get("/api/planning/cities/" + cityId + "/siting?category=spa"), "category");
        assertProblem(planner.get("/api/planning/cities/" + cityId + "/siting?category=meals&minutes=7"), "minutes");
        assertProblem(planner.get("/api/planning/cities/" + cityId + "/siting?category=meals&sites=0"), "sites");
    }

    /**
     * A planner who opens many what-if sessions ends only its own least recently used ones, never another planner's,
     * however many it opens.
     */
    @Test
    void onePlannerOpeningManyWhatIfSessionsEndsOnlyItsOwnEldest() {
        ApiClient other = accounts.withPlaces(Role.PLANNER, city.city().cityId());
        Map<String, Object> close = Map.of("kind", "close", "facilityId", model.facilityId(0));
        String others = startSession(other);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i <= WhatIfSessions.MAX_SESSIONS; i++) {
            mine.add(startSession(planner));
        }

        assertThat(edit(other, others, close).getStatusCode().value()).isEqualTo(200);
        for (int i = 0; i < mine.size(); i++) {
            boolean kept = i >= mine.size() - WhatIfSessions.MAX_PER_USER;
            assertThat(edit(planner, mine.get(i), close).getStatusCode().value())
                    .as("session %d of %d", i + 1, mine.size())
                    .isEqualTo(kept ? 200 : 404);
        }
    }

    @Test
    void anotherPlannersCityAndSessionStayOutOfReach() {
        long otherCity = context.getBean(Places.class)
                .addPlace(new NewPlace(
                        PlaceLevel.CITY, null, "别市" + System.nanoTime() % 100_000, null, null, null, null));
        ApiClient stranger = accounts.withPlaces(Role.PLANNER, otherCity);
        long cityId = city.city().cityId();
        assertThat(stranger.post("/api/planning/what-if", Map.of("cityId", cityId))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        String session = startSession(planner);
        assertThat(edit(stranger, session, Map.of("kind", "close", "facilityId", model.facilityId(0)))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(stranger.get("/api/planning/cities/" + cityId + "/siting?category=meals")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(stranger.get("/api/planning/evaluations/" + city.runId() + "/standards")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void eachRecommendedSiteGainsWhatOpeningAFacilityThereGains() {
        String body = planner.get("/api/planning/cities/" + city.city().cityId() + "/siting?category=" + CATEGORY.code()
                        + "&minutes=15&sites=3")
                .getBody();
        List<Map<String, Object>> sites = JsonPath.read(body, "$.sites");
        assertThat(sites).isNotEmpty();
        double gains = 0;
        String session = startSession(planner);
        double covered = JsonPath.<Number>read(body, "$.residentsWithinBefore").doubleValue();
        for (Map<String, Object> site : sites) {
            double gain = site.get("gainResidents") == null ? 0 : ((Number) site.get("gainResidents")).doubleValue();
            gains += gain;
            // Opening the sites in rank order, each one's rise at 15 minutes is its marginal gain.
            String outcome = edit(
                            planner,
                            session,
                            Map.of(
                                    "kind",
                                    "add",
                                    "category",
                                    CATEGORY.code(),
                                    "lon",
                                    site.get("lon"),
                                    "lat",
                                    site.get("lat")))
                    .getBody();
            double now =
                    JsonPath.<Number>read(outcome, "$.city.residentsAfter[2]").doubleValue();
            if (site.get("gainResidents") != null) {
                assertThat(now - covered).isCloseTo(gain, within(1e-6));
            }
            covered = now;
        }
        assertThat(gains).isPositive();
        assertThat(JsonPath.<Number>read(body, "$.residentsWithinAfter").doubleValue())
                .isCloseTo(
                        JsonPath.<Number>read(body, "$.residentsWithinBefore").doubleValue() + gains, within(1e-6));
        assertThat(JsonPath.<Number>read(body, "$.residentsWithinBefore").doubleValue())
                .isCloseTo(residentsWithin(access(model.city().facilities()), -1)[2], within(1e-6));
    }

    @Test
    void communityRowsCountTheBlindSpotsAndTheResidentsOfTheirUnsuppressedBuildings() {
        assertThat(model.population().estimated())
                .as("the small city's residents are registered")
                .isFalse();
        CategoryAccess access = access(model.city().facilities());
        int[] communityOf = model.communityOfBuilding();
        long[] buildings = new long[model.communityIds().length];
        long[] residents = new long[buildings.length];
        for (int b = 0; b < model.buildingCount(); b++) {
            Integer walk_s = seconds(access.nearestTime_ms(b));
            if (walk_s == null || walk_s > 15 * 60) {
                buildings[communityOf[b]]++;
                long held = Math.round(model.population().residents(b));
                residents[communityOf[b]] += held >= EvaluationService.SUPPRESS_BELOW ? held : 0;
            }
        }
        String body = planner.get("/api/planning/evaluations/" + city.runId() + "/communities?category="
                        + CATEGORY.code() + "&minutes=15&blindSpots=true")
                .getBody();
        List<Map<String, Object>> rows = JsonPath.read(body, "$[*]");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            int c = java.util.Arrays.binarySearch(model.communityIds(), ((Number) row.get("communityId")).longValue());
            assertThat(c).as("a community with buildings").isNotNegative();
            assertThat(((Number) row.get("blindSpotBuildings")).longValue())
                    .as("blind-spot buildings of " + row.get("communityName"))
                    .isEqualTo(buildings[c]);
            if (Boolean.TRUE.equals(row.get("suppressed"))) {
                assertThat(row.get("blindSpotResidents")).isNull();
            } else {
                assertThat(((Number) row.get("blindSpotResidents")).longValue())
                        .as("blind-spot residents of " + row.get("communityName"))
                        .isEqualTo(residents[c]);
            }
        }
        assertThat(java.util.Arrays.stream(residents).sum())
                .as("the city has blind spots with residents")
                .isPositive();
        String plain = planner.get("/api/planning/evaluations/" + city.runId() + "/communities?category="
                        + CATEGORY.code() + "&minutes=15")
                .getBody();
        assertThat(JsonPath.<List<Object>>read(plain, "$[*].blindSpotBuildings"))
                .as("blind spots only where asked for")
                .isEmpty();
    }

    @Test
    void standardsListEveryRequiredCategoryAsPresentWhereHalfTheResidentsReachIt() {
        StandardsCatalog catalog = StandardsCatalog.nationalDefault();
        AccessResult access = AccessAnalysis.run(
                network(model.city().facilities()),
                model.population(),
                WalkProfile.named("general"),
                AccessOptions.defaults().withThresholds_min(MINUTES));
        String body = planner.get("/api/planning/evaluations/" + city.runId() + "/standards")
                .getBody();
        List<Map<String, Object>> communities = JsonPath.read(body, "$[?(@.suppressed == false)]");
        assertThat(communities).isNotEmpty();
        int[] communityOf = model.communityOfBuilding();
        for (Map<String, Object> community : communities) {
            int c = java.util.Arrays.binarySearch(
                    model.communityIds(), ((Number) community.get("communityId")).longValue());
            List<LifeCircleLevel> levels =
                    List.of(LifeCircleLevel.FIVE_MIN, LifeCircleLevel.TEN_MIN, LifeCircleLevel.FIFTEEN_MIN);
            for (int l = 0; l < levels.size(); l++) {
                List<String> present = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (StandardRule rule : catalog.rules(RuleKind.FACILITY, levels.get(l))) {
                    ServiceCategory category = rule.category().orElseThrow();
                    if (present.contains(category.code()) || missing.contains(category.code())) {
                        continue;
                    }
                    double all = 0;
                    double near = 0;
                    for (int b = 0; b < communityOf.length; b++) {
                        if (communityOf[b] == c) {
                            all += model.population().residents(b);
                            near += access.category(category).nearestTime_ms(b) <= MINUTES[l] * 60_000
                                    ? model.population().residents(b)
                                    : 0;
                        }
                    }
                    (near >= 0.5 * all ? present : missing).add(category.code());
                }
                Map<String, Object> circle = JsonPath.read(community, "$.lifeCircles[" + l + "]");
                assertThat(circle.get("present")).as("present " + levels.get(l)).isEqualTo(present);
                assertThat(circle.get("missing")).as("missing " + levels.get(l)).isEqualTo(missing);
            }
        }
    }

    private String startSession(ApiClient client) {
        ResponseEntity<String> started = client.post(
                "/api/planning/what-if", Map.of("cityId", city.city().cityId()));
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        return JsonPath.read(started.getBody(), "$.id");
    }

    private static ResponseEntity<String> edit(ApiClient client, String session, Map<String, Object> edit) {
        return client.post("/api/planning/what-if/" + session + "/edits", edit);
    }

    private static void assertProblem(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(response.getBody(), "$.field")).isEqualTo(field);
    }

    /** Every building whose time the full analyses differ on is listed with both times; listed ones match them. */
    private void assertChangedBuildings(String outcome, CategoryAccess before, CategoryAccess after) {
        Map<Long, Integer> index = new HashMap<>();
        for (int b = 0; b < model.buildingCount(); b++) {
            index.put(model.building(b).id(), b);
        }
        List<Map<String, Object>> listed = JsonPath.read(outcome, "$.buildings");
        List<Long> listedIds = new ArrayList<>();
        for (Map<String, Object> building : listed) {
            int b = index.get(((Number) building.get("buildingId")).longValue());
            listedIds.add(model.building(b).id());
            assertThat(building.get("before_s")).isEqualTo(seconds(before.nearestTime_ms(b)));
            assertThat(building.get("after_s")).isEqualTo(seconds(after.nearestTime_ms(b)));
        }
        List<Long> differing = new ArrayList<>();
        for (int b = 0; b < model.buildingCount(); b++) {
            if (before.nearestTime_ms(b) != after.nearestTime_ms(b)) {
                differing.add(model.building(b).id());
            }
        }
        assertThat(differing).isNotEmpty();
        assertThat(listedIds).containsAll(differing);
    }

    private static Integer seconds(int time_ms) {
        return time_ms == Integer.MAX_VALUE ? null : time_ms / 1000;
    }

    private int farthestReachedBuilding(CategoryAccess access) {
        int far = 0;
        for (int b = 0; b < model.buildingCount(); b++) {
            int t = access.nearestTime_ms(b);
            if (t != Integer.MAX_VALUE
                    && (access.nearestTime_ms(far) == Integer.MAX_VALUE || t > access.nearestTime_ms(far))) {
                far = b;
            }
        }
        return far;
    }

    /** Residents within each threshold, of community index {@code c} or (-1) the whole city. */
    private double[] residentsWithin(CategoryAccess access, int c) {
        int[] communityOf = model.communityOfBuilding();
        double[] within = new double[MINUTES.length];
        for (int b = 0; b < model.buildingCount(); b++) {
            for (int t = 0; t < MINUTES.length; t++) {
                if ((c < 0 || communityOf[b] == c) && access.nearestTime_ms(b) <= MINUTES[t] * 60_000) {
                    within[t] += model.population().residents(b);
                }
            }
        }
        return within;
    }

    private CategoryAccess access(Facilities facilities) {
        return access(facilities, CATEGORY);
    }

    private CategoryAccess access(Facilities facilities, ServiceCategory category) {
        return AccessAnalysis.run(
                        network(facilities),
                        model.population(),
                        WalkProfile.named("general"),
                        AccessOptions.defaults().withThresholds_min(MINUTES).withCategories(category))
                .category(category);
    }

    private CityNetwork network(Facilities facilities) {
        CityData city = model.city();
        return CityNetwork.build(
                new CityData(city.source(), city.graph(), city.buildings(), facilities, Map.of()),
                NetworkOptions.DEFAULTS);
    }

    /** The city's facilities without {@code dropped} (-1: none), plus one of the category at a point (NaN: none). */
    private static Facilities withFacility(Facilities facilities, double lon, double lat, int dropped) {
        Facilities.Builder out = new Facilities.Builder();
        for (int f = 0; f < facilities.size(); f++) {
            // A dropped facility stays in place as another category, so that every other facility keeps its id.
            ServiceCategory category = f == dropped ? otherThan(facilities.category(f)) : facilities.category(f);
            out.add(
                    facilities.ref(f),
                    category,
                    facilities.kind(f),
                    facilities.name(f),
                    facilities.lonE7(f),
                    facilities.latE7(f),
                    facilities.floorArea_m2(f),
                    facilities.capacity(f),
                    facilities.fallback(f));
        }
        if (!Double.isNaN(lon)) {
            out.add(
                    0,
                    CATEGORY,
                    "new",
                    "new",
                    GeoDistance.toFixed(lon),
                    GeoDistance.toFixed(lat),
                    Double.NaN,
                    1,
                    false);
        }
        return out.build();
    }

    private static ServiceCategory otherThan(ServiceCategory category) {
        return category == ServiceCategory.DELIVERY ? ServiceCategory.PLAY : ServiceCategory.DELIVERY;
    }

    private static void assertWithin(String json, String path, double[] expected) {
        assertWithin(JsonPath.read(json, path), expected);
    }

    private static void assertWithin(Object actual, double[] expected) {
        List<?> values = (List<?>) actual;
        assertThat(values).hasSize(expected.length);
        for (int t = 0; t < expected.length; t++) {
            assertThat(((Number) values.get(t)).doubleValue()).isCloseTo(expected[t], within(1e-6));
        }
    }

    private static double sum(List<Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).sum();
    }
}
