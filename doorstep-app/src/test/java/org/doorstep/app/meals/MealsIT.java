package org.doorstep.app.meals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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
import org.doorstep.app.booking.BookingWorld;
import org.doorstep.app.booking.IneligibleException;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/** Menus and servings, subsidies from the registry, one subsidised meal a day, delivery and the daily ledger. */
@DoorstepTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MealsIT {

    private static final AccessScope ADMIN = AccessScope.of(1, "admin", Role.ADMIN, Set.of(), Set.of(), Set.of());
    private static final int PRICE_FEN = 1_500;

    @Autowired
    Places places;

    @Autowired
    FacilityService facilities;

    @Autowired
    RegistryService registry;

    @Autowired
    MealService meals;

    @Autowired
    MealProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    BookingWorld world;
    long canteen;
    int day;

    @BeforeAll
    void world() {
        world = new BookingWorld(places, facilities, registry, jdbc);
        canteen = world.facility(ServiceCategory.MEALS, "canteen", world.communityA);
    }

    @Test
    void residentGetsOneSubsidisedMealADayAndTheLedgerSumsItByRule() {
        LocalDate today = nextDay();
        Menu lunch = menu(today, Meal.LUNCH, 50);
        Menu dinner = menu(today, Meal.DINNER, 50);
        long over80 = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(85))
                .resident();
        long difficulty = world.household(
                        world.communityA,
                        Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY),
                        TestClock.TODAY.minusYears(70))
                .resident();
        long younger = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(40))
                .resident();
        int age80 = amount("AGE_80");
        int special = amount("SPECIAL_DIFFICULTY");

        MealOrder first = meals.order(ADMIN, lunch.id(), over80, false);
        MealOrder second = meals.order(ADMIN, dinner.id(), over80, false);
        meals.order(ADMIN, lunch.id(), difficulty, false);
        meals.order(ADMIN, lunch.id(), younger, false);

        assertThat(first.subsidy_fen()).isEqualTo(age80);
        assertThat(first.price_fen()).isEqualTo(PRICE_FEN - age80);
        assertThat(second.subsidyRule()).isNull();
        MealLedger ledger = meals.ledger(ADMIN, canteen, today);
        assertThat(ledger.meals()).isEqualTo(4);
        assertThat(ledger.subsidy_fen()).isEqualTo(age80 + special);
        assertThat(ledger.paid_fen()).isEqualTo(4L * PRICE_FEN - age80 - special);
        assertThat(ledger.byRule())
                .containsExactly(
                        new MealLedger.RuleLine("AGE_80", 1, age80),
                        new MealLedger.RuleLine("SPECIAL_DIFFICULTY", 1, special));
    }

    @Test
    void ledgerOfDaysAnswersEachDayOfTheRangeIncludingThoseWithoutMeals() {
        LocalDate first = nextDay();
        LocalDate empty = nextDay();
        LocalDate last = nextDay();
        long over80 = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(88))
                .resident();
        long younger = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(45))
                .resident();
        meals.order(ADMIN, menu(first, Meal.LUNCH, 5).id(), over80, true);
        meals.order(ADMIN, menu(last, Meal.DINNER, 5).id(), younger, false);
        int age80 = amount("AGE_80");

        List<MealLedger> days = meals.ledgers(ADMIN, canteen, first, last);

        assertThat(days).extracting(MealLedger::day).containsExactly(first, empty, last);
        assertThat(days.get(0))
                .isEqualTo(new MealLedger(
                        canteen,
                        first,
                        1,
                        1,
                        PRICE_FEN - age80,
                        age80,
                        List.of(new MealLedger.RuleLine("AGE_80", 1, age80))));
        assertThat(days.get(1)).isEqualTo(new MealLedger(canteen, empty, 0, 0, 0, 0, List.of()));
        assertThat(days.get(2)).isEqualTo(new MealLedger(canteen, last, 1, 0, PRICE_FEN, 0, List.of()));
        assertThatThrownBy(() -> meals.ledgers(ADMIN, canteen, last, first))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(400));
        assertThatThrownBy(() -> meals.ledgers(ADMIN, canteen, first, first.plusDays(MealService.MAX_LEDGER_DAYS)))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getMessage())
                        .contains("from and to"));
        assertThat(meals.ledgers(ADMIN, canteen, first, first.plusDays(MealService.MAX_LEDGER_DAYS - 1)))
                .hasSize(MealService.MAX_LEDGER_DAYS);
    }

    @Test
    void databaseRefusesASecondSubsidisedMealOnTheSameDay() {
        LocalDate today = nextDay();
        Menu lunch = menu(today, Meal.LUNCH, 5);
        long over80 = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(90))
                .resident();
        meals.order(ADMIN, lunch.id(), over80, false);

        assertThatThrownBy(() -> jdbc.sql(
                                "insert into meal_order (menu_id, facility_id, served_on, resident_id, household_id,"
                                        + " community_id, ordered_by, price_fen, subsidy_fen, subsidy_rule, subsidised_day,"
                                        + " home_delivery, created_at) select menu_id, facility_id, served_on, resident_id,"
                                        + " household_id, community_id, ordered_by, price_fen, subsidy_fen, subsidy_rule,"
                                        + " subsidised_day, home_delivery, created_at from meal_order where resident_id = ?")
                        .param(over80)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void homeDeliveryOutsideTheRuleIsRefused422AndWritesNothing() {
        Menu lunch = menu(nextDay(), Meal.LUNCH, 5);
        long walker = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(70))
                .resident();
        long disabled = world.household(world.communityA, Set.of(SpecialGroup.DISABLED), TestClock.TODAY.minusYears(40))
                .resident();
        long before = orders();

        assertThatThrownBy(() -> meals.order(ADMIN, lunch.id(), walker, true))
                .isInstanceOfSatisfying(IneligibleException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.rule()).isEqualTo(DeliveryRule.CODE);
                    assertThat(e.getBody().getProperties()).containsEntry("field", "homeDelivery");
                    assertThat(e.getBody().getDetail()).startsWith("homeDelivery");
                });
        assertThat(orders()).isEqualTo(before);
        assertThat(meals.order(ADMIN, lunch.id(), disabled, true).homeDelivery())
                .isTrue();
        assertThat(meals.order(ADMIN, lunch.id(), walker, false).homeDelivery()).isFalse();
        assertThat(orders()).isEqualTo(before + 2);
    }

    private long orders() {
        return jdbc.sql("select count(*) from meal_order").query(Long.class).single();
    }

    @Test
    void deliveryEligibilityIsReadInsideTheScopeAndAudited() {
        DeliveryRule rule = properties.delivery();
        BookingWorld.Household home = world.household(
                world.communityA,
                Set.of(),
                TestClock.TODAY.minusYears(rule.minAge()),
                TestClock.TODAY.minusYears(rule.minAge() - 1));
        long eligible = home.residentIds().get(0);
        long walker = home.residentIds().get(1);
        long elsewhere = world.household(
                        world.communityB, Set.of(SpecialGroup.DISABLED), TestClock.TODAY.minusYears(90))
                .resident();
        TestAccounts users = new TestAccounts(accounts, port);
        ApiClient resident = users.resident(home.id());
        ApiClient worker = users.withPlaces(Role.COMMUNITY_WORKER, world.communityA);

        ResponseEntity<String> allowed = resident.get("/api/meals/delivery?residentId=" + eligible);
        ResponseEntity<String> refused = worker.get("/api/meals/delivery?residentId=" + walker);
        ResponseEntity<String> unseen = worker.get("/api/meals/delivery?residentId=" + elsewhere);
        ResponseEntity<String> notHers = resident.get("/api/meals/delivery?residentId=" + elsewhere);

        assertThat(allowed.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(allowed.getBody(), "$.allowed")).isTrue();
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> answer = JsonPath.read(refused.getBody(), "$");
        assertThat(answer)
                .as("the rule's terms, nothing of the resident's age or groups")
                .containsOnlyKeys("residentId", "allowed", "rule", "minAge", "groups")
                .containsEntry("allowed", false)
                .containsEntry("rule", DeliveryRule.CODE)
                .containsEntry("minAge", rule.minAge());
        assertThat(JsonPath.<List<String>>read(refused.getBody(), "$.groups"))
                .containsExactlyElementsOf(
                        rule.groups().stream().map(SpecialGroup::name).toList());
        assertThat(unseen.getStatusCode().value()).isEqualTo(404);
        assertThat(notHers.getStatusCode().value()).isEqualTo(404);
        assertThat(factReads(resident.username(), eligible)).isEqualTo(1);
        assertThat(factReads(worker.username(), walker)).isEqualTo(1);
        assertThat(factReads(worker.username(), elsewhere) + factReads(resident.username(), elsewhere))
                .as("nothing was shown, so nothing was audited")
                .isZero();
    }

    /** The audited reads of a resident's facts (age, groups) by the user. */
    private long factReads(String username, long residentId) {
        return jdbc.sql("select count(*) from audit_log where actor = ? and action = 'READ'"
                        + " and subject_kind = 'resident' and subject_id = ? and fields like '%age%'")
                .params(username, Long.toString(residentId))
                .query(Long.class)
                .single();
    }

    @Test
    void homeDeliveryCarriesTheHouseholdsAddressAndServingsRunOut() {
        LocalDate today = nextDay();
        Menu lunch = menu(today, Meal.LUNCH, 1);
        BookingWorld.Household home = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(82));
        String address = jdbc.sql("select address from household where id = ?")
                .param(home.id())
                .query(String.class)
                .single();

        MealOrder delivered = meals.order(ADMIN, lunch.id(), home.resident(), true);

        assertThat(delivered.deliveryAddress()).isEqualTo(address);
        assertThat(meals.ledger(ADMIN, canteen, today).deliveries()).isEqualTo(1);
        assertThatThrownBy(() -> meals.order(ADMIN, lunch.id(), home.resident(), false))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void operatorOfAnotherCanteenSeesNoLedger() {
        long other = world.facility(ServiceCategory.MEALS, "canteen", world.communityA);
        AccessScope operator = AccessScope.of(99, "op", Role.OPERATOR, Set.of(), Set.of(other), Set.of());

        assertThatThrownBy(() -> meals.ledger(operator, canteen, TestClock.TODAY))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThat(meals.ledger(operator, other, TestClock.TODAY).meals()).isZero();
    }

    @Test
    void cancellingASubsidisedMealFreesItsServingAndTheDaysSubsidy() {
        LocalDate day = nextDay();
        Menu lunch = menu(day, Meal.LUNCH, 1);
        Menu dinner = menu(day, Meal.DINNER, 5);
        BookingWorld.Household home = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(86));
        AccessScope resident = resident(home.id());
        int age80 = amount("AGE_80");

        MealOrder subsidised = meals.order(resident, lunch.id(), home.resident(), false);
        OrderedMeal cancelled = meals.cancel(resident, subsidised.id());
        MealOrder later = meals.order(resident, dinner.id(), home.resident(), false);

        assertThat(subsidised.subsidy_fen()).isEqualTo(age80);
        assertThat(cancelled.order().cancelledAt()).isEqualTo(TestClock.NOW);
        assertThat(cancelled.order().subsidy_fen()).isZero();
        assertThat(later.subsidyRule()).isEqualTo("AGE_80");
        assertThat(meals.listMenus(canteen, day))
                .filteredOn(m -> m.id() == lunch.id())
                .extracting(Menu::ordered)
                .containsExactly(0);
        MealLedger ledger = meals.ledger(ADMIN, canteen, day);
        assertThat(ledger.meals()).isEqualTo(1);
        assertThat(ledger.subsidy_fen()).isEqualTo(age80);
        assertThat(ledger.paid_fen()).isEqualTo(PRICE_FEN - age80);
        assertThat(ledger.byRule()).containsExactly(new MealLedger.RuleLine("AGE_80", 1, age80));
    }

    @Test
    void noOrderIsCancelledTwiceOrAfterItsMealsCutOff() {
        Menu lunch = meals.listMenus(canteen, TestClock.TODAY).stream()
                .filter(m -> m.meal() == Meal.LUNCH)
                .findFirst()
                .orElseGet(() -> menu(TestClock.TODAY, Meal.LUNCH, 5));
        Menu dinner = menu(nextDay(), Meal.DINNER, 5);
        BookingWorld.Household home = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(40));
        AccessScope resident = resident(home.id());
        MealOrder today = meals.order(resident, lunch.id(), home.resident(), false);
        MealOrder tomorrow = meals.order(resident, dinner.id(), home.resident(), false);
        meals.cancel(resident, tomorrow.id());

        assertThat(properties.cutOff(Meal.LUNCH, TestClock.TODAY)).isBeforeOrEqualTo(TestClock.NOW);
        assertThatThrownBy(() -> meals.cancel(resident, today.id()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
        assertThatThrownBy(() -> meals.cancel(resident, tomorrow.id()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void residentsSeeAndCancelOnlyTheirHouseholdsOrders() {
        LocalDate day = nextDay();
        Menu lunch = menu(day, Meal.LUNCH, 5);
        BookingWorld.Household mine =
                world.household(world.communityA, Set.of(SpecialGroup.DISABLED), TestClock.TODAY.minusYears(40));
        BookingWorld.Household theirs = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(40));
        MealOrder own = meals.order(resident(mine.id()), lunch.id(), mine.resident(), true);
        MealOrder other = meals.order(resident(theirs.id()), lunch.id(), theirs.resident(), false);

        assertThat(meals.listOrders(resident(mine.id()), TestClock.TODAY))
                .extracting(o -> o.order().id())
                .containsExactly(own.id());
        assertThatThrownBy(() -> meals.cancel(resident(mine.id()), other.id()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    }

    private static AccessScope resident(long householdId) {
        return AccessScope.of(
                1_000 + householdId, "resident-" + householdId, Role.RESIDENT, Set.of(), Set.of(), Set.of(householdId));
    }

    private int amount(String rule) {
        return properties.subsidies().stream()
                .filter(r -> r.code().equals(rule))
                .findFirst()
                .orElseThrow()
                .amount_fen();
    }

    /** Each test its own day, so that their orders never meet in one ledger or one day's subsidy. */
    private LocalDate nextDay() {
        return TestClock.TODAY.plusDays(++day);
    }

    private Menu menu(LocalDate on, Meal meal, int servings) {
        return meals.createMenu(ADMIN, canteen, on, meal, "青菜 红烧肉 米饭", PRICE_FEN, servings);
    }
}
