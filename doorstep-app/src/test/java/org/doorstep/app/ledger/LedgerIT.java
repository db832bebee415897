package org.doorstep.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.category.ServiceCategory;
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

/** Entries, reversals and balances of facilities' ledgers, and who may see them. */
@DoorstepTest
@AutoConfigureMockMvc
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerIT {

    private static final YearMonth JUNE = YearMonth.from(TestClock.TODAY);

    @Autowired
    Places places;

    @Autowired
    FacilityService facilities;

    @Autowired
    AccountService accountService;

    @Autowired
    LedgerBalances balances;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long district;
    long canteen;
    long nursery;
    ApiClient operatorOfCanteen;
    ApiClient operatorOfNursery;
    ApiClient planner;

    @BeforeAll
    void createWorld() {
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "账本市", null, null, null, null));
        district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "账本区", city, null, null, null));
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "账本街道", district, null, null, null));
        long community = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "账本社区", street, null, null, null));
        List<Long> ids = facilities.addFacilities(List.of(facility("长者食堂", community), facility("托育点", community)));
        canteen = ids.get(0);
        nursery = ids.get(1);
        TestAccounts accounts = new TestAccounts(accountService, port);
        operatorOfCanteen = accounts.operator(canteen);
        operatorOfNursery = accounts.operator(nursery);
        planner = accounts.withPlaces(Role.PLANNER, district);
    }

    @Test
    void theBalanceIsIncomeLessCostsAndAReversalNetsAMistakeToNothing() {
        add(operatorOfCanteen, canteen, JUNE.atDay(1), "FEE", 12_000);
        add(operatorOfCanteen, canteen, JUNE.atDay(2), "SUBSIDY", 5_000);
        add(operatorOfCanteen, canteen, JUNE.atDay(3), "COMMERCIAL_INCOME", 30_000);
        add(operatorOfCanteen, canteen, JUNE.atDay(4), "COST", 20_000);
        add(operatorOfCanteen, canteen, JUNE.minusMonths(1).atDay(28), "FEE", 777);
        int mistake = add(operatorOfCanteen, canteen, JUNE.atDay(5), "COST", 999);

        ResponseEntity<String> reversal =
                operatorOfCanteen.post("/api/ledger/entries/" + mistake + "/reversal", Map.of());
        assertThat(reversal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(JsonPath.<Integer>read(reversal.getBody(), "$.amount_fen")).isEqualTo(-999);
        assertThat(operatorOfCanteen
                        .post("/api/ledger/entries/" + mistake + "/reversal", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        String balance = operatorOfCanteen
                .get("/api/ledger/facilities/" + canteen + "/balance?month=" + JUNE)
                .getBody();
        assertThat(JsonPath.<Integer>read(balance, "$.costs_fen")).isEqualTo(20_000);
        assertThat(JsonPath.<Integer>read(balance, "$.balance_fen")).isEqualTo(12_000 + 5_000 + 30_000 - 20_000);
        assertThat(balances.facilityBalance(canteen, JUNE.minusMonths(1)).fees_fen())
                .isEqualTo(777);

        // A range of months in one request: each month's balance as the month's own request answers it.
        String months = operatorOfCanteen
                .get("/api/ledger/facilities/" + canteen + "/balances?from=" + JUNE.minusMonths(1) + "&to="
                        + JUNE.plusMonths(1))
                .getBody();
        assertThat(JsonPath.<List<String>>read(months, "$[*].month"))
                .containsExactly(
                        JUNE.minusMonths(1).toString(),
                        JUNE.toString(),
                        JUNE.plusMonths(1).toString());
        assertThat(JsonPath.<List<Integer>>read(months, "$[*].balance_fen"))
                .containsExactly(777, 12_000 + 5_000 + 30_000 - 20_000, 0);
        ResponseEntity<String> backwards = operatorOfCanteen.get(
                "/api/ledger/facilities/" + canteen + "/balances?from=" + JUNE + "&to=" + JUNE.minusMonths(1));
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operatorOfCanteen
                        .get("/api/ledger/facilities/" + canteen + "/balances?from=" + JUNE + "&to="
                                + JUNE.plusMonths(LedgerService.MAX_MONTHS))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void entriesCannotBeChangedOrDeletedInTheDatabase() {
        int entry = add(operatorOfNursery, nursery, JUNE.atDay(6), "FEE", 1_500);
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount_fen = 1 where id = ?")
                        .param(entry)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where id = ?")
                        .param(entry)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anOperatorSeesOnlyItsOwnFacilitiesAndPlannersOnlyTotals() {
        int entry = add(operatorOfCanteen, canteen, JUNE.atDay(7), "FEE", 100);
        assertThat(operatorOfNursery
                        .get("/api/ledger/facilities/" + canteen + "/entries?month=" + JUNE)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operatorOfNursery
                        .get("/api/ledger/facilities/" + canteen + "/balance?month=" + JUNE)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operatorOfNursery
                        .post("/api/ledger/entries/" + entry + "/reversal", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operatorOfNursery
                        .post("/api/ledger/facilities/" + canteen + "/entries", entry(JUNE.atDay(7), "FEE", 1))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(planner.get("/api/ledger/facilities/" + canteen + "/entries?month=" + JUNE)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String totals = planner.get("/api/ledger/balances?placeId=" + district + "&month=" + JUNE)
                .getBody();
        MonthlyBalance canteenJune = balances.facilityBalance(canteen, JUNE);
        MonthlyBalance nurseryJune = balances.facilityBalance(nursery, JUNE);
        assertThat(JsonPath.<Integer>read(totals, "$.fees_fen").longValue())
                .isEqualTo(canteenJune.fees_fen() + nurseryJune.fees_fen());
        assertThat(operatorOfCanteen
                        .post("/api/ledger/facilities/" + canteen + "/entries", entry(JUNE.atDay(7), "FEE", -5))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static int add(ApiClient operator, long facility, java.time.LocalDate date, String kind, long amount) {
        ResponseEntity<String> created =
                operator.post("/api/ledger/facilities/" + facility + "/entries", entry(date, kind, amount));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(created.getBody(), "$.id");
    }

    private static Map<String, Object> entry(java.time.LocalDate date, String kind, long amount) {
        return Map.of("date", date.toString(), "kind", kind, "amount_fen", amount, "note", "测试");
    }

    private static NewFacility facility(String name, long community) {
        return new NewFacility(
                ServiceCategory.MEALS,
                "canteen",
                name,
                community,
                null,
                118.8,
                32.0,
                100.0,
                List.of(),
                null,
                FacilityStatus.OPEN,
                OperatingModel.SITE_FOR_SERVICE,
                null,
                null);
    }
}
