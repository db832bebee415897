package org.doorstep.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.app.request.Open311IT.form;
import static org.doorstep.app.request.Open311IT.postForm;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.NewOperator;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;

/** Routing, dispatch, work orders, ratings, scorecards, the overdue flag, the planning signal and who sees what. */
@DoorstepTest
@AutoConfigureMockMvc
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestHandlingIT {

    static final double LAT_A = 31.2000;
    static final double LON_A = 121.4000;
    static final double LAT_B = 31.3000;
    static final double LON_B = 121.5000;

    @Autowired
    Places places;

    @Autowired
    FacilityService facilities;

    @Autowired
    AccountService accountService;

    @Autowired
    RequestDetails details;

    @Autowired
    RequestSignals signals;

    @Autowired
    RequestQueue queue;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long street;
    long communityA;
    long communityB;
    long operatorX;
    long operatorY;
    TestAccounts accounts;
    ApiClient admin;
    ApiClient workerA;
    ApiClient workerB;
    ApiClient planner;
    ApiClient staffX;
    ApiClient staffY;

    @BeforeAll
    void createWorld() {
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "派单市", null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "派单区", city, null, null, null));
        street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "派单街道", district, null, null, null));
        communityA = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "南社区", street, null, LON_A, LAT_A));
        communityB = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "北社区", street, null, LON_B, LAT_B));
        operatorX = facilities.addOperator(operator("安居物业"));
        operatorY = facilities.addOperator(operator("乐家家政"));
        List<Long> sites = facilities.addFacilities(List.of(site("安居服务站", operatorX), site("乐家服务站", operatorY)));
        accounts = new TestAccounts(accountService, port);
        admin = accounts.admin();
        workerA = accounts.withPlaces(Role.COMMUNITY_WORKER, communityA);
        workerB = accounts.withPlaces(Role.COMMUNITY_WORKER, communityB);
        planner = accounts.withPlaces(Role.PLANNER, district);
        staffX = accounts.operator(sites.get(0));
        staffY = accounts.operator(sites.get(1));
        assertThat(admin.put(
                                "/api/requests/routing-rules",
                                Map.of("serviceCode", "repair", "placeId", communityA, "operatorId", operatorX))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        admin.put("/api/requests/routing-rules", Map.of("serviceCode", "repair", "department", "街道城管科"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRepairIsRoutedDispatchedCompletedRatedAndScored() {
        ApiClient resident = newResident();
        String id = submit(resident, "repair", LAT_A, LON_A);
        String open311 = resident.get("/open311/v2/requests/" + id + ".json").getBody();
        assertThat(JsonPath.<String>read(open311, "$[0].agency_responsible")).isEqualTo("安居物业");

        ResponseEntity<String> dispatched = workerA.post("/api/requests/" + id + "/dispatch", Map.of());
        assertThat(dispatched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int workOrder = JsonPath.read(dispatched.getBody(), "$.id");
        String open = staffX.get("/api/work-orders").getBody();
        assertThat(JsonPath.<List<Integer>>read(open, "$[*].id")).contains(workOrder);
        // Each open work order carries its request, so that the operator's page needs no call per order.
        assertThat(JsonPath.<List<String>>read(open, "$[?(@.id == " + workOrder + ")].request.serviceCode"))
                .containsExactly("repair");
        assertThat(JsonPath.<List<Object>>read(open, "$[?(@.id == " + workOrder + ")].request.id"))
                .containsExactly(Integer.parseInt(id));
        assertThat(JsonPath.<List<Integer>>read(staffY.get("/api/work-orders").getBody(), "$[*].id"))
                .doesNotContain(workOrder);
        assertThat(staffY.post("/api/work-orders/" + workOrder + "/complete", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(staffY.get("/open311/v2/requests/" + id + ".json").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(resident.post("/api/requests/" + id + "/rating", Map.of("stars", 5))
                        .getStatusCode())
                .as("an open request is not rated yet")
                .isEqualTo(HttpStatus.CONFLICT);
        staffX.post("/api/work-orders/" + workOrder + "/start", Map.of());
        assertThat(staffX.post("/api/work-orders/" + workOrder + "/complete", Map.of("note", "已更换灯泡"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String closed = resident.get("/open311/v2/requests/" + id + ".json").getBody();
        assertThat(JsonPath.<String>read(closed, "$[0].status")).isEqualTo("closed");
        assertThat(JsonPath.<String>read(closed, "$[0].status_notes")).isEqualTo("已更换灯泡");

        assertThat(resident.post("/api/requests/" + id + "/rating", Map.of("stars", 2, "comment", "慢"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(resident.post("/api/requests/" + id + "/rating", Map.of("stars", 5))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(resident.post("/api/requests/" + id + "/reopen", Map.of("reason", "灯又坏了"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(JsonPath.<String>read(
                        resident.get("/open311/v2/requests/" + id + ".json").getBody(), "$[0].status"))
                .isEqualTo("open");

        String scorecard =
                staffX.get("/api/operators/" + operatorX + "/scorecard").getBody();
        assertThat(JsonPath.<Integer>read(scorecard, "$.completed")).isEqualTo(1);
        assertThat(JsonPath.<Double>read(scorecard, "$.onTimeRate")).isEqualTo(1.0);
        assertThat(JsonPath.<Double>read(scorecard, "$.meanSatisfaction")).isEqualTo(2.0);
        assertThat(JsonPath.<Integer>read(scorecard, "$.complaints"))
                .as("one re-opening and one rating of 2 stars")
                .isEqualTo(2);
        assertThat(staffY.get("/api/operators/" + operatorX + "/scorecard").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void outsideTheRuleOfItsCommunityARequestGoesToTheCatchAllDepartment() {
        String id = submit(newResident(), "repair", LAT_B, LON_B);
        String request = admin.get("/api/requests/" + id).getBody();
        assertThat(JsonPath.<String>read(request, "$.request.department")).isEqualTo("街道城管科");
        assertThat(JsonPath.<Object>read(request, "$.request.operatorId")).isNull();
        assertThat(JsonPath.<Integer>read(request, "$.request.communityId")).isEqualTo((int) communityB);
    }

    @Test
    void aRequestIsOverdueOnceItsPromisedDatePassesAndPlanningSeesIt() {
        MultiValueMap<String, String> care = form("elderly_care", LAT_A + 0.01, LON_A);
        care.add("attribute[care_kind]", "meals");
        long id = Long.parseLong(JsonPath.read(
                postForm(newResident(), "/open311/v2/requests.json", care).getBody(), "$[0].service_request_id"));
        AccessScope system = AccessScope.of(0, "test-admin", Role.ADMIN, Set.of(), Set.of(), Set.of());
        assertThat(details.getRequest(system, id).overdue()).isFalse();
        OffsetDateTime from =
                OffsetDateTime.ofInstant(TestClock.NOW, ZoneOffset.UTC).minusDays(1);
        OffsetDateTime to = from.plusDays(30);
        long overdueBefore = overdueIn(communityA, from, to);

        clock.advance(Duration.ofHours(25));
        assertThat(details.getRequest(system, id).overdue())
                .as("elderly care is promised in 24 hours")
                .isTrue();
        assertThat(overdueIn(communityA, from, to)).isEqualTo(overdueBefore + 1);
    }

    @Test
    void aWorkerOfAnotherCommunityAndAPlannerSeeNoneOfItsRequests() {
        String id = submit(newResident(), "housekeeping", LAT_A - 0.01, LON_A);
        assertThat(workerB.get("/api/requests/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(workerB.get("/open311/v2/requests/" + id + ".json").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JsonPath.<List<String>>read(
                        workerB.get("/open311/v2/requests.json").getBody(), "$[*].service_request_id"))
                .doesNotContain(id);
        assertThat(workerB.post("/api/requests/" + id + "/dispatch", Map.of("operatorId", operatorY))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JsonPath.<List<Object>>read(
                        planner.get("/open311/v2/requests.json").getBody(), "$"))
                .isEmpty();

        String own = workerA.get("/api/requests/" + id).getBody();
        assertThat(JsonPath.<String>read(own, "$.reporterName"))
                .doesNotContain("建国")
                .startsWith("张");
        String raw = jdbc.sql("select reporter_name_encrypted from service_request where id = ?")
                .param(Long.parseLong(id))
                .query(String.class)
                .single();
        assertThat(raw).startsWith("v1:").doesNotContain("张");
    }

    @Test
    void theQueueShowsACommunitysOpenRequestsToItsStaffWithTheStepsTheirStatesAllow() {
        MultiValueMap<String, String> care = form("elderly_care", LAT_A + 0.03, LON_A);
        care.add("attribute[care_kind]", "meals");
        String urgent = JsonPath.read(
                postForm(newResident(), "/open311/v2/requests.json", care).getBody(), "$[0].service_request_id");
        String later = submit(newResident(), "housekeeping", LAT_A - 0.03, LON_A);
        String open = workerA.get("/api/requests?communityId=" + communityA).getBody();
        assertThat(ids(open, "$[*].id")).contains(urgent, later);
        assertThat(JsonPath.<List<String>>read(open, "$[?(@.id == " + urgent + ")].actions[*]"))
                .containsExactly("TRIAGE", "DISPATCH", "CLOSE");
        List<String> promised = JsonPath.read(open, "$[*].expectedAt");
        assertThat(promised).as("most urgent first").isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ids(workerB.get("/api/requests?communityId=" + communityA).getBody(), "$[*].id"))
                .isEmpty();
        assertThat(planner.get("/api/requests?communityId=" + communityA).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workerA.get("/api/requests?communityId=" + communityA + "&state=OPEN")
                        .getStatusCode())
                .as("an unknown state is refused")
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // Past the 24 hours elderly care is promised in; asked of the service, since the tokens expire meanwhile.
        clock.advance(Duration.ofHours(25));
        AccessScope scopeA = AccessScope.of(
                workerA.userId(), workerA.username(), Role.COMMUNITY_WORKER, Set.of(communityA), Set.of(), Set.of());
        AccessScope system = AccessScope.of(0, "test-admin", Role.ADMIN, Set.of(), Set.of(), Set.of());
        List<Long> overdue = queue.listQueue(scopeA, communityA, Set.of(), true).stream()
                .map(RequestQueue.QueuedRequest::id)
                .toList();
        List<Long> expected = queue.listQueue(scopeA, communityA, Set.of(), false).stream()
                .map(RequestQueue.QueuedRequest::id)
                .filter(id -> details.getRequest(system, id).overdue())
                .toList();
        assertThat(overdue).contains(Long.valueOf(urgent)).containsExactlyInAnyOrderElementsOf(expected);
        clock.reset();

        workerA.post("/api/requests/" + urgent + "/close", Map.of("note", "已电话回访"));
        assertThat(ids(workerA.get("/api/requests?communityId=" + communityA).getBody(), "$[*].id"))
                .doesNotContain(urgent);
        String closed = workerA.get("/api/requests?communityId=" + communityA + "&state=CLOSED")
                .getBody();
        assertThat(JsonPath.<List<String>>read(closed, "$[?(@.id == " + urgent + ")].actions[*]"))
                .containsExactly("REOPEN");
    }

    private static List<String> ids(String json, String path) {
        return JsonPath.<List<Integer>>read(json, path).stream()
                .map(String::valueOf)
                .toList();
    }

    private long overdueIn(long community, OffsetDateTime from, OffsetDateTime to) {
        return signals.byCommunity(street, from, to).stream()
                .filter(c -> c.communityId() == community)
                .mapToLong(RequestSignals.CommunityRequests::overdue)
                .sum();
    }

    private String submit(ApiClient resident, String service, double lat, double lon) {
        MultiValueMap<String, String> request = form(service, lat, lon);
        if (service.equals("repair")) {
            request.add("attribute[where]", "home");
        }
        request.add("last_name", "张");
        request.add("first_name", "建国");
        ResponseEntity<String> created = postForm(resident, "/open311/v2/requests.json", request);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(created.getBody(), "$[0].service_request_id");
    }

    private ApiClient newResident() {
        return accounts.signIn(Role.RESIDENT, Set.of(), Set.of(), Set.of());
    }

    private static NewOperator operator(String name) {
        return new NewOperator(name, null, null, List.of(), null, null, null);
    }

    private NewFacility site(String name, long operatorId) {
        return new NewFacility(
                ServiceCategory.HOUSEKEEPING,
                "property_office",
                name,
                communityA,
                null,
                LON_A,
                LAT_A,
                80.0,
                List.of(),
                null,
                FacilityStatus.OPEN,
                OperatingModel.COMMERCIAL,
                operatorId,
                null);
    }
}
