package org.doorstep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.BookingService;
import org.doorstep.app.booking.NewBooking;
import org.doorstep.app.booking.NewService;
import org.doorstep.app.booking.NewSession;
import org.doorstep.app.booking.ServiceCatalog;
import org.doorstep.app.booking.ServiceKind;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewCandidateSite;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.NewOperator;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.facility.ServiceCapacity;
import org.doorstep.app.facility.SiteAvailability;
import org.doorstep.app.place.NewBuilding;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.NewHousehold;
import org.doorstep.app.registry.NewResident;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.ResidentIdNumber;
import org.doorstep.app.registry.Sex;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint that returns personal or facility data, tried by the wrong user: a community worker of community A
 * asking for community B, an operator asking for another operator's facility, a planner asking for individuals. None
 * may succeed. A second test lists the application's read endpoints and fails when one is neither probed here nor
 * declared free of such data, so that a new endpoint cannot slip past this check.
 */
@DoorstepTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointScopeIT {

    /** Reads that carry neither personal nor facility-management data: open to every signed-in user. */
    private static final Set<String> FREE_OF_SCOPED_DATA = Set.of(
            "GET /api/me",
            "GET /api/places/cities",
            "GET /api/places/{id}",
            "GET /api/places/by-code/{code}",
            "GET /api/places/{id}/children",
            "GET /api/places/{id}/boundary",
            "GET /api/places/{id}/compounds",
            "GET /api/places/{id}/buildings",
            "GET /api/places/{id}/communities.geojson",
            "GET /api/facilities/types",
            // A facility's public offer, which residents browse before they book: no one's bookings in it.
            "GET /api/services",
            "GET /api/services/{id}",
            "GET /api/services/{id}/sessions",
            "GET /api/sessions/{id}",
            "GET /api/meals/menus");

    /**
     * Reads whose wrong-user cases need records that only their own module's test makes (a visit, a request, a work
     * order), with the test that tries them; everything else is probed here.
     */
    private static final Map<String, String> PROBED_IN = Map.of(
            "GET /api/visits/plans/{planId}/visits", "VisitIT.aWorkerOfAGetsNothingOfB",
            "GET /api/visits/{visitId}", "VisitIT (health findings read only inside the scope, audited)",
            "GET /api/requests/{id}", "RequestHandlingIT (a worker of B gets 404)",
            "GET /api/work-orders", "RequestHandlingIT (each operator's staff see their own work orders only)");

    @Autowired
    Places places;

    @Autowired
    RegistryService registry;

    @Autowired
    FacilityService facilities;

    @Autowired
    AccountService accounts;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    BookingService bookings;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private final List<Probe> probes = new ArrayList<>();

    /** One request by one user that must be refused. */
    record Probe(String who, ApiClient client, RequestMethod method, String pattern, String path, Object body) {}

    @BeforeAll
    void drawTwoCommunitiesAndTheirPeople() {
        String tag = String.valueOf(System.nanoTime() % 100_000);
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "范围市" + tag, null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "区" + tag, city, null, null, null));
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "街道" + tag, district, null, null, null));
        long a = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "甲社区" + tag, street, null, null, null));
        long b = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "乙社区" + tag, street, null, null, null));
        long buildingA = building(a);
        long buildingB = building(b);
        List<Long> households = registry.addHouseholds(List.of(
                household(a, buildingA, "110101" + "19400101" + "011"),
                household(b, buildingB, "110101" + "19400101" + "021")));
        long operatorA = facilities.addOperator(operator("甲运营" + tag));
        long operatorB = facilities.addOperator(operator("乙运营" + tag));
        List<Long> facilityIds =
                facilities.addFacilities(List.of(canteen(a, operatorA, tag), canteen(b, operatorB, tag)));
        long facilityB = facilityIds.get(1);
        long siteB = facilities
                .addCandidateSites(List.of(new NewCandidateSite(
                        b, 118.8, 32.0, "乙闲置用房", 300.0, "街道", 100_000.0, SiteAvailability.AVAILABLE, null, null)))
                .get(0);

        TestAccounts users = new TestAccounts(accounts, port);
        ApiClient admin = users.admin();
        long contractB = JsonPath.<Integer>read(
                        admin.post(
                                        "/api/contracts",
                                        Map.of(
                                                "facilityId",
                                                facilityB,
                                                "operatorId",
                                                operatorB,
                                                "spaceGranted_m2",
                                                200,
                                                "obligations",
                                                "长者助餐",
                                                "termStart",
                                                "2025-01-01",
                                                "termEnd",
                                                "2027-12-31"))
                                .getBody(),
                        "$.id")
                .longValue();
        long residentA = residentOf(admin, a);
        long residentB = residentOf(admin, b);
        String idNumberB = "110101" + "19400101" + "021";
        idNumberB = idNumberB + ResidentIdNumber.checkCharacter(idNumberB);

        ApiClient workerA = users.withPlaces(Role.COMMUNITY_WORKER, a);
        probeIndividuals("worker of A asking for B", workerA, b, residentB, households.get(1), idNumberB);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/registry/aggregates",
                "/api/registry/aggregates?place=" + b);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/facilities/{id}",
                "/api/facilities/" + facilityB);
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/facilities", "/api/facilities?place=" + b);
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/contracts", "/api/contracts?place=" + b);
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/operators", "/api/operators?place=" + b);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/candidate-sites/{id}",
                "/api/candidate-sites/" + siteB);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/candidate-sites",
                "/api/candidate-sites?place=" + b);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/candidate-sites/export",
                "/api/candidate-sites/export?place=" + b);
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/audit", "/api/audit");
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/users", "/api/users");
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/users/{id}",
                "/api/users/" + admin.userId());
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/planning/cities/{cityId}/evaluations",
                "/api/planning/cities/" + city + "/evaluations");

        AccessScope system = TestPrincipals.admin();
        long serviceB = catalog.createService(
                        system,
                        new NewService(
                                facilityB,
                                ServiceKind.MEAL,
                                "午餐",
                                1500,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                false))
                .id();
        Instant lunch = TestClock.NOW.plus(Duration.ofDays(1));
        long sessionB = catalog.createSession(
                        system, new NewSession(serviceB, lunch, lunch.plus(Duration.ofHours(1)), 20, null))
                .id();
        long bookingB =
                bookings.book(system, new NewBooking(sessionB, residentB, null)).id();
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/bookings/{id}",
                "/api/bookings/" + bookingB);
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/bookings", "/api/bookings");
        probeResidentReads(users, admin, workerA, facilityB, residentB, b, buildingB);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/childcare/fees",
                "/api/childcare/fees?householdId=" + households.get(1) + "&month=2025-06");

        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/visits/plans",
                "/api/visits/plans?communityId=" + b + "&month=2025-06");
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/visits/overdue",
                "/api/visits/overdue?communityId=" + b);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/visits/worklist",
                "/api/visits/worklist?communityId=" + b);
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/requests",
                "/api/requests?communityId=" + b + "&state=NEW,CLOSED");
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/visits/rates",
                "/api/visits/rates?placeId=" + b + "&month=2025-06");

        ApiClient ofA = users.operator(facilityIds.get(0));
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/ledger/facilities/{facilityId}/entries",
                "/api/ledger/facilities/" + facilityB + "/entries?month=2025-06");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/ledger/facilities/{facilityId}/balance",
                "/api/ledger/facilities/" + facilityB + "/balance?month=2025-06");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/ledger/facilities/{facilityId}/balances",
                "/api/ledger/facilities/" + facilityB + "/balances?from=2025-01&to=2025-06");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/ledger/balances",
                "/api/ledger/balances?placeId=" + b + "&month=2025-06");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/operators/{id}/scorecard",
                "/api/operators/" + operatorB + "/scorecard");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/sessions/{id}/bookings",
                "/api/sessions/" + sessionB + "/bookings");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/bookings/{id}",
                "/api/bookings/" + bookingB);
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/meals/ledger",
                "/api/meals/ledger?canteenId=" + facilityB + "&day=2025-06-16");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/meals/ledger/days",
                "/api/meals/ledger/days?canteenId=" + facilityB + "&from=2025-06-01&to=2025-06-30");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/facilities/{id}",
                "/api/facilities/" + facilityB);
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/facilities/{id}/capacity",
                "/api/facilities/" + facilityB + "/capacity");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/facilities/{id}/status-changes",
                "/api/facilities/" + facilityB + "/status-changes");
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/contracts/{id}",
                "/api/contracts/" + contractB);
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/operators/{id}",
                "/api/operators/" + operatorB);
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/facilities/export",
                "/api/facilities/export?place=" + b);
        probe(
                "operator A asking for B's facility",
                ofA,
                RequestMethod.GET,
                "/api/registry/residents/{id}",
                "/api/registry/residents/" + residentB);

        // A run that will fail for want of a walking network still has an id to ask for.
        long run = JsonPath.<Integer>read(
                        admin.post("/api/planning/evaluations", Map.of("cityId", city, "profile", "general"))
                                .getBody(),
                        "$.id")
                .longValue();
        for (String path :
                List.of("", "/communities?category=meals&minutes=15", "/progress", "/status", "/standards")) {
            String pattern = "/api/planning/evaluations/{id}" + path.replaceAll("\\?.*", "");
            probe(
                    "worker of A asking for B",
                    workerA,
                    RequestMethod.GET,
                    pattern,
                    "/api/planning/evaluations/" + run + path);
        }

        ApiClient planner = users.withPlaces(Role.PLANNER, city);
        long otherCity = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "别市" + tag, null, null, null, null));
        ApiClient otherPlanner = users.withPlaces(Role.PLANNER, otherCity);
        for (ApiClient wrong : List.of(workerA, otherPlanner)) {
            String who = wrong == workerA ? "worker of A asking for a city" : "planner of another city";
            probe(
                    who,
                    wrong,
                    RequestMethod.GET,
                    "/api/planning/evaluations/{id}/standards",
                    "/api/planning/evaluations/" + run + "/standards");
            probe(
                    who,
                    wrong,
                    RequestMethod.GET,
                    "/api/planning/cities/{cityId}/siting",
                    "/api/planning/cities/" + city + "/siting?category=meals");
            probes.add(new Probe(
                    who,
                    wrong,
                    RequestMethod.POST,
                    "/api/planning/what-if",
                    "/api/planning/what-if",
                    Map.of("cityId", city)));
        }
        probeIndividuals("planner asking for individuals", planner, a, residentA, households.get(0), idNumberB);
        probe(
                "planner asking for individuals",
                planner,
                RequestMethod.GET,
                "/api/requests",
                "/api/requests?communityId=" + a);
        probe(
                "planner asking for individuals",
                planner,
                RequestMethod.GET,
                "/api/visits/worklist",
                "/api/visits/worklist?communityId=" + a);
    }

    /**
     * What a resident's pages read, with a meal order and a request of B's resident in place: a worker of A sees
     * neither; a planner, who files no requests, gets no possible duplicate.
     */
    private void probeResidentReads(
            TestAccounts users,
            ApiClient admin,
            ApiClient workerA,
            long canteenB,
            long residentB,
            long b,
            long buildingB) {
        long menu = JsonPath.<Integer>read(
                        admin.post(
                                        "/api/meals/menus",
                                        Map.of(
                                                "canteenId",
                                                canteenB,
                                                "day",
                                                TestClock.TODAY.plusDays(1).toString(),
                                                "meal",
                                                "LUNCH",
                                                "dishes",
                                                "青菜 米饭",
                                                "price_fen",
                                                1200,
                                                "servings",
                                                10))
                                .getBody(),
                        "$.id")
                .longValue();
        admin.post("/api/meals/orders", Map.of("menuId", menu, "residentId", residentB, "homeDelivery", false));
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/meals/orders", "/api/meals/orders");
        probe(
                "worker of A asking for B",
                workerA,
                RequestMethod.GET,
                "/api/meals/delivery",
                "/api/meals/delivery?residentId=" + residentB);
        probe(
                "planner asking for individuals",
                users.withPlaces(Role.PLANNER, b),
                RequestMethod.GET,
                "/api/meals/delivery",
                "/api/meals/delivery?residentId=" + residentB);
        String service = "sanitation";
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("service_code", service);
        form.add("description", "楼道灯坏了");
        form.add("address_id", Long.toString(buildingB));
        users.withPlaces(Role.COMMUNITY_WORKER, b)
                .rest()
                .post()
                .uri("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toBodilessEntity();
        probe("worker of A asking for B", workerA, RequestMethod.GET, "/api/requests/mine", "/api/requests/mine");
        probe(
                "planner asking for requests",
                users.withPlaces(Role.PLANNER, b),
                RequestMethod.GET,
                "/api/requests/possible-duplicates",
                "/api/requests/possible-duplicates?serviceCode=" + service + "&lat=32.0&long=118.8");
    }

    /** The registry's reads of individuals, aimed at one community's resident and household. */
    private void probeIndividuals(
            String who, ApiClient client, long community, long resident, long household, String idNumber) {
        probe(
                who,
                client,
                RequestMethod.GET,
                "/api/registry/residents",
                "/api/registry/residents?community=" + community);
        probe(who, client, RequestMethod.GET, "/api/registry/residents/{id}", "/api/registry/residents/" + resident);
        probes.add(new Probe(
                who,
                client,
                RequestMethod.POST,
                "/api/registry/residents/{id}/reveal",
                "/api/registry/residents/" + resident + "/reveal",
                Map.of("reason", "checking the scope")));
        probes.add(new Probe(
                who,
                client,
                RequestMethod.POST,
                "/api/registry/residents/lookup",
                "/api/registry/residents/lookup",
                Map.of("idNumber", idNumber)));
        probe(
                who,
                client,
                RequestMethod.GET,
                "/api/registry/households",
                "/api/registry/households?community=" + community);
        probe(who, client, RequestMethod.GET, "/api/registry/households/{id}", "/api/registry/households/" + household);
        probe(
                who,
                client,
                RequestMethod.GET,
                "/api/registry/export/residents",
                "/api/registry/export/residents?community=" + community + "&format=csv");
    }

    @Test
    void noProbeSucceeds() {
        List<String> succeeded = new ArrayList<>();
        for (Probe probe : probes) {
            ResponseEntity<String> response = probe.method() == RequestMethod.POST
                    ? probe.client().post(probe.path(), probe.body())
                    : probe.client().get(probe.path());
            boolean refused = response.getStatusCode().value() == 403
                    || response.getStatusCode().value() == 404;
            // A list or an export may answer 200 if it is empty: nothing of the other community leaks.
            boolean emptyList = response.getStatusCode().is2xxSuccessful() && isEmpty(response.getBody());
            if (!refused && !emptyList) {
                succeeded.add(probe.who() + ": " + probe.method() + " " + probe.path() + " -> "
                        + response.getStatusCode().value());
            }
        }
        assertThat(succeeded).isEmpty();
        assertThat(probes).hasSizeGreaterThan(25);
    }

    @Test
    void everyReadEndpointIsProbedOrDeclaredFreeOfScopedData() {
        Set<String> probed = new TreeSet<>();
        probes.forEach(p -> probed.add(p.method() + " " + p.pattern()));
        Set<String> unchecked = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (pattern.startsWith("/api/") && methods.contains(RequestMethod.GET)) {
                    String key = "GET " + pattern;
                    if (!probed.contains(key) && !FREE_OF_SCOPED_DATA.contains(key) && !PROBED_IN.containsKey(key)) {
                        unchecked.add(key);
                    }
                }
            }
        }
        assertThat(unchecked)
                .as("read endpoints neither probed by EndpointScopeIT nor declared free of personal and facility data")
                .isEmpty();
    }

    private void probe(String who, ApiClient client, RequestMethod method, String pattern, String path) {
        probes.add(new Probe(who, client, method, pattern, path, Map.of()));
    }

    private static boolean isEmpty(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        String trimmed = body.replace("\uFEFF", "").trim();
        // An empty list, or a CSV export of its header line alone.
        if (trimmed.equals("[]") || (!trimmed.startsWith("{") && !trimmed.contains("\n"))) {
            return true;
        }
        try {
            Object items = JsonPath.read(trimmed, "$.items");
            return items instanceof List<?> list && list.isEmpty();
        } catch (RuntimeException notAPage) {
            return false;
        }
    }

    private long residentOf(ApiClient admin, long community) {
        return JsonPath.<Integer>read(
                        admin.get("/api/registry/residents?community=" + community)
                                .getBody(),
                        "$.items[0].id")
                .longValue();
    }

    private long building(long community) {
        return places.addBuildings(List.of(new NewBuilding(
                        community, null, null, null, "1号楼", 118.8, 32.0, null, 6, false, null, 2_000.0)))
                .get(0);
    }

    private static NewHousehold household(long community, long building, String idBody) {
        String id = idBody + ResidentIdNumber.checkCharacter(idBody);
        return new NewHousehold(
                community,
                building,
                "1号楼101室",
                List.of(new NewResident(
                        "王一",
                        id,
                        "13800000000",
                        LocalDate.of(1940, 1, 1),
                        Sex.MALE,
                        Set.of(SpecialGroup.ELDERLY_LIVING_ALONE),
                        null)));
    }

    private static NewOperator operator(String name) {
        return new NewOperator(name, null, null, List.of(), null, null, null);
    }

    private static NewFacility canteen(long community, long operator, String tag) {
        return new NewFacility(
                ServiceCategory.MEALS,
                "canteen",
                "长者食堂" + tag,
                community,
                null,
                118.8,
                32.0,
                200.0,
                List.of(new ServiceCapacity("meals", 80)),
                null,
                FacilityStatus.OPEN,
                OperatingModel.SITE_FOR_SERVICE,
                operator,
                null);
    }
}
