package org.doorstep.app.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.YearMonth;
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
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
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

/** Plans, visits, the overdue list, rates and who may see them, over HTTP as signed-in users. */
@DoorstepTest
@AutoConfigureMockMvc
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitIT {

    private static final YearMonth JUNE = YearMonth.from(TestClock.TODAY);

    @Autowired
    Places places;

    @Autowired
    RegistryService registry;

    @Autowired
    AccountService accountService;

    @Autowired
    VisitRates rates;

    @Autowired
    TestClock clock;

    @Autowired
    VisitPlanning planning;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    VisitWorld world;

    ApiClient workerA1;
    ApiClient workerA2;
    ApiClient workerB;
    ApiClient officer;
    ApiClient planner;
    ApiClient admin;

    @BeforeAll
    void createWorld() {
        world = new VisitWorld(places, registry);
        TestAccounts accounts = new TestAccounts(accountService, port);
        workerA1 = accounts.withPlaces(Role.COMMUNITY_WORKER, world.communityA);
        workerA2 = accounts.withPlaces(Role.COMMUNITY_WORKER, world.communityA);
        workerB = accounts.withPlaces(Role.COMMUNITY_WORKER, world.communityB);
        officer = accounts.withPlaces(Role.STREET_OFFICER, world.street1);
        planner = accounts.withPlaces(Role.PLANNER, world.district);
        admin = accounts.admin();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void generatesOnePlanPerEligibleResidentRoundRobinOverTheWorkers() {
        YearMonth may = JUNE.minusMonths(1);
        ResponseEntity<String> first = workerA1.post("/api/visits/plans", planRequest(world.communityA, may));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<Integer> visitors = JsonPath.read(first.getBody(), "$[*].visitorUserId");
        long lower = Math.min(workerA1.userId(), workerA2.userId());
        long higher = Math.max(workerA1.userId(), workerA2.userId());
        assertThat(visitors.stream().map(Integer::longValue)).containsExactly(lower, higher, lower);

        ResponseEntity<String> again = workerA2.post("/api/visits/plans", planRequest(world.communityA, may));
        assertThat(JsonPath.<List<Object>>read(again.getBody(), "$[*].id"))
                .as("generating twice plans nobody twice")
                .isEqualTo(JsonPath.read(first.getBody(), "$[*].id"));
    }

    @Test
    void recordingVisitsShrinksTheOverdueListAndRaisesTheRate() {
        List<Integer> plans = JsonPath.read(
                workerA1.post("/api/visits/plans", planRequest(world.communityA, JUNE))
                        .getBody(),
                "$[*].id");
        assertThat(plans).hasSize(3);
        assertThat(overdue(workerA1)).as("before the due day nobody is overdue").isEmpty();

        Map<String, Object> visit = Map.of(
                "visitedOn", JUNE.atDay(10).toString(),
                "outcome", "VISITED",
                "healthFinding", "血压偏高，头晕",
                "needsFinding", "需要助餐",
                "followUps",
                        List.of(Map.of("task", "联系家庭医生", "dueOn", JUNE.atDay(12).toString())));
        ResponseEntity<String> recorded = workerA2.post("/api/visits/plans/" + plans.get(0) + "/visits", visit);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        workerA1.post(
                "/api/visits/plans/" + plans.get(1) + "/visits",
                Map.of("visitedOn", JUNE.atDay(11).toString(), "outcome", "NOT_AT_HOME"));
        assertThat(overdue(workerA1)).extracting(o -> o.get("reason")).containsExactly("FOLLOW_UP_PAST_DUE");

        // Past the due day (20th) the two residents without a successful visit join the list. Bearer tokens last
        // hours, so this step asks the service directly.
        clock.advance(Duration.ofDays(10));
        AccessScope scopeA1 = AccessScope.of(
                workerA1.userId(),
                workerA1.username(),
                Role.COMMUNITY_WORKER,
                Set.of(world.communityA),
                Set.of(),
                Set.of());
        assertThat(planning.listOverdue(scopeA1, world.communityA))
                .extracting(OverdueVisit::reason)
                .containsExactly(
                        OverdueVisit.Reason.FOLLOW_UP_PAST_DUE,
                        OverdueVisit.Reason.NO_VISIT_THIS_MONTH,
                        OverdueVisit.Reason.NO_VISIT_THIS_MONTH);
        clock.reset();

        int followUp = JsonPath.read(recorded.getBody(), "$.followUps[0].id");
        assertThat(workerA1.post("/api/visits/follow-ups/" + followUp + "/done", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(overdue(workerA1)).isEmpty();

        assertThat(rates.monthlyRate(world.communityA, JUNE)).isEqualTo(VisitRate.of(world.communityA, JUNE, 3, 1));
        assertThat(rates.monthlyRate(world.street1, JUNE).visited())
                .as("a street's rate covers its communities")
                .isEqualTo(1 + rates.monthlyRate(world.communityB, JUNE).visited());
    }

    @Test
    void healthFindingsAreStoredEncryptedAndEveryReadIsAudited() {
        long plan = firstPlan(world.communityB, workerB);
        ResponseEntity<String> recorded = workerB.post(
                "/api/visits/plans/" + plan + "/visits",
                Map.of("visitedOn", JUNE.atDay(2).toString(), "outcome", "VISITED", "healthFinding", "糖尿病足溃疡"));
        int visitId = JsonPath.read(recorded.getBody(), "$.id");
        String raw = jdbc.sql("select health_finding_encrypted from visit_record where id = ?")
                .param(visitId)
                .query(String.class)
                .single();
        assertThat(raw).startsWith("v1:").doesNotContain("糖尿病");

        ResponseEntity<String> read = officer.get("/api/visits/" + visitId);
        assertThat(JsonPath.<String>read(read.getBody(), "$.healthFinding")).isEqualTo("糖尿病足溃疡");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and action = 'READ'"
                                + " and subject_kind = 'home_visit' and subject_id = ?")
                        .params(officer.username(), Integer.toString(visitId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWorkerOfAGetsNothingOfB() {
        long planB = firstPlan(world.communityB, workerB);
        assertThat(workerA1.get("/api/visits/plans?communityId=" + world.communityB + "&month=" + JUNE)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(workerA1.post("/api/visits/plans", planRequest(world.communityB, JUNE))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(workerA1.get("/api/visits/plans/" + planB + "/visits").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(workerA1.post(
                                "/api/visits/plans/" + planB + "/visits",
                                Map.of("visitedOn", JUNE.atDay(3).toString(), "outcome", "VISITED"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(workerA1.get("/api/visits/overdue?communityId=" + world.communityB)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(officer.get("/api/visits/plans?communityId=" + world.communityC + "&month=" + JUNE)
                        .getStatusCode())
                .as("street 1's officer does not see street 2")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void plannersReadRatesWithSmallCountsSuppressedAndNoIndividuals() {
        ResponseEntity<String> generated = admin.post(
                "/api/visits/plans",
                Map.of("communityId", world.communityC, "month", JUNE.toString(), "visitorName", "志愿者王"));
        assertThat(generated.getStatusCode()).as(generated.getBody()).isEqualTo(HttpStatus.CREATED);
        List<Integer> plansC = JsonPath.read(generated.getBody(), "$[*].id");
        assertThat(plansC).as(generated.getBody()).hasSize(6);
        for (int plan : plansC.subList(0, 5)) {
            admin.post(
                    "/api/visits/plans/" + plan + "/visits",
                    Map.of("visitedOn", JUNE.atDay(5).toString(), "outcome", "VISITED"));
        }
        firstPlan(world.communityA, workerA1);

        ResponseEntity<String> report = planner.get("/api/visits/rates?placeId=" + world.district + "&month=" + JUNE);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        String c = "$.communities[?(@.communityId == " + world.communityC + ")]";
        assertThat(JsonPath.<List<Double>>read(report.getBody(), c + ".rate")).containsExactly(5.0 / 6);
        String a = "$.communities[?(@.communityId == " + world.communityA + ")]";
        assertThat(JsonPath.<List<String>>read(report.getBody(), a + ".required.display"))
                .containsExactly("<5");
        assertThat(JsonPath.<List<Object>>read(report.getBody(), a + ".rate")).containsExactly((Object) null);

        assertThat(planner.get("/api/visits/plans?communityId=" + world.communityC + "&month=" + JUNE)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workerA1.get("/api/visits/rates?placeId=" + world.communityC + "&month=" + JUNE)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long firstPlan(long community, ApiClient worker) {
        ResponseEntity<String> plans = worker.post("/api/visits/plans", planRequest(community, JUNE));
        assertThat(plans.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.<Integer>read(plans.getBody(), "$[0].id");
    }

    private List<Map<String, Object>> overdue(ApiClient worker) {
        ResponseEntity<String> response = worker.get("/api/visits/overdue?communityId=" + world.communityA);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JsonPath.read(response.getBody(), "$");
    }

    private static Map<String, Object> planRequest(long community, YearMonth month) {
        return Map.of("communityId", community, "month", month.toString());
    }
}
