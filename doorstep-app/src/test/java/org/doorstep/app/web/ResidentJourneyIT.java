package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.Booking;
import org.doorstep.app.booking.BookingService;
import org.doorstep.app.booking.BookingStatus;
import org.doorstep.app.booking.NewService;
import org.doorstep.app.booking.NewSession;
import org.doorstep.app.booking.ServiceCatalog;
import org.doorstep.app.booking.ServiceKind;
import org.doorstep.app.place.Places;
import org.doorstep.app.planning.EvaluationService;
import org.doorstep.app.planning.HomeAccess;
import org.doorstep.app.planning.SmallCity;
import org.doorstep.app.registry.NewHousehold;
import org.doorstep.app.registry.NewResident;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.Sex;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.app.registry.TestIdNumbers;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident's journey on a phone-sized browser: a session with one place left near two homes; resident A books it
 * and sees it confirmed, resident B of another household books it and is waitlisted first in line; A cancels and B
 * sees the offer of the freed place with its deadline and accepts it. And meals: home delivery is offered only for
 * the household members the delivery rule allows, and an order with it is brought home.
 */
@DoorstepTest
class ResidentJourneyIT {

    private static final int FIFTEEN_MINUTES_S = 15 * 60;
    private static final Locale CHINESE = Locale.CHINESE;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The servings of the lunch the meals journey orders from. */
    private static final int SERVINGS = 10;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    RegistryService registry;

    @Autowired
    Places places;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    BookingService bookings;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Browser browser;

    /** A household, its home building and the facilities within 15 minutes' walk of it. */
    record Home(long householdId, long communityId, List<Long> facilitiesNear) {}

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void lastPlaceGoesToTheFirstResidentAndTheSecondIsWaitlistedThenOfferedIt() {
        SmallCity.Seeded city = SmallCity.evaluated(context, TestClock.TODAY).city();
        List<Home> homes = city.households().stream().map(this::home).toList();
        Home a = homes.stream()
                .filter(h -> !h.facilitiesNear().isEmpty())
                .findFirst()
                .orElseThrow();
        long facility = a.facilitiesNear().get(0);
        Home b = homes.stream()
                .filter(h ->
                        h.householdId() != a.householdId() && h.facilitiesNear().contains(facility))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no second home within 15 minutes of " + facility));
        long session = sessionWithOnePlace(facility, a, b);
        TestAccounts accounts = new TestAccounts(accountService, port);
        String residentA = accounts.createUser(Role.RESIDENT, Set.of(), Set.of(), Set.of(a.householdId()));
        String residentB = accounts.createUser(Role.RESIDENT, Set.of(), Set.of(), Set.of(b.householdId()));
        browser.width(375);

        WebElement confirmed = book(residentA, session);
        assertThat(confirmed.getText()).contains(message("js.res.status.CONFIRMED"));
        browser.screenshot("resident-a-confirmed");
        assertNarrowAndQuiet();

        WebElement waitlisted = book(residentB, session);
        assertThat(waitlisted.getAttribute("data-status")).isEqualTo(BookingStatus.WAITLISTED.name());
        assertThat(waitlisted.getText()).contains(message("js.res.status.WAITLISTED", 1));
        browser.screenshot("resident-b-waitlisted");
        assertNarrowAndQuiet();
        long bookingB = Long.parseLong(waitlisted.getAttribute("data-booking"));

        signIn(residentA);
        browser.waitUntil(d -> d.findElement(By.cssSelector("#bookings .booking[data-status=CONFIRMED] button.cancel")))
                .click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("#bookings .booking[data-status=CANCELLED]")));

        signIn(residentB);
        WebElement offered = browser.waitUntil(d -> d.findElement(By.cssSelector("#bookings .booking[data-offer]")));
        Booking offer = bookings.getBooking(TestPrincipals.admin(), bookingB);
        assertThat(offer.offerExpiresAt()).isNotNull();
        assertThat(Instant.parse(offered.getAttribute("data-offer"))).isEqualTo(offer.offerExpiresAt());
        browser.screenshot("resident-b-offered");
        offered.findElement(By.cssSelector("button.accept")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("#bookings .booking[data-status=CONFIRMED]")));
        assertThat(bookings.getBooking(TestPrincipals.admin(), bookingB).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertNarrowAndQuiet();
    }

    @Test
    void homeDeliveryIsOfferedOnlyForMembersTheRuleAllowsAndAnOrderWithItIsBroughtHome() {
        SmallCity.Seeded city = SmallCity.evaluated(context, TestClock.TODAY).city();
        Canteen near = city.households().stream()
                .map(this::canteenNear)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no home of the small city has a canteen nearest"));
        Binder config = Binder.get(context.getEnvironment());
        int minAge =
                config.bind("doorstep.meals.delivery.min-age", Integer.class).get();
        List<SpecialGroup> groups = config.bind("doorstep.meals.delivery.groups", Bindable.listOf(SpecialGroup.class))
                .orElse(List.of());
        // Members of no group: the older over the rule's age, the younger under it.
        LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
        String address = "幸福路" + System.nanoTime() % 100_000 + "号";
        long household = registry.addHouseholds(List.of(new NewHousehold(
                        near.communityId(),
                        near.buildingId(),
                        address,
                        List.of(
                                member("王长寿", today.minusYears(minAge + 5)),
                                member("李健行", today.minusYears(minAge - 10))))))
                .get(0);
        List<Long> members = jdbc.sql("select id from resident where household_id = ? order by id")
                .param(household)
                .query(Long.class)
                .list();
        long elder = members.get(0);
        long walker = members.get(1);
        long menu = lunchToday(near.canteenId(), today);
        String resident =
                new TestAccounts(accountService, port).createUser(Role.RESIDENT, Set.of(), Set.of(), Set.of(household));
        browser.width(375);
        signIn(resident);
        browser.get("/resident/meals");
        String card = "#menus li.menu[data-menu='" + menu + "'] ";

        Select who = new Select(browser.waitUntil(d -> d.findElement(By.cssSelector(card + "select"))));
        who.selectByValue(Long.toString(walker));
        WebElement refused = browser.waitUntil(d -> {
            WebElement reason = d.findElement(By.cssSelector(card + ".delivery-reason"));
            return reason.getText().isEmpty() ? null : reason;
        });
        assertThat(box(card).isEnabled())
                .as("no delivery for a member outside the rule")
                .isFalse();
        assertThat(refused.getText()).contains(Integer.toString(minAge));
        groups.forEach(g -> assertThat(refused.getText()).contains(message("group." + g.name())));
        browser.screenshot("resident-meals-delivery-refused");

        who.selectByValue(Long.toString(elder));
        browser.waitUntil(d -> box(card).isEnabled());
        assertThat(browser.driver()
                        .findElement(By.cssSelector(card + ".delivery-reason"))
                        .getText())
                .isEmpty();
        box(card).click();
        browser.driver().findElement(By.cssSelector(card + "button")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("#orders li[data-order]"))
                .getText()
                .contains(message("js.res.meals.delivered")));
        // The servings left are asked again after the order, not left as the page first showed them.
        browser.waitUntil(d -> d.findElement(By.cssSelector(card + ".dishes"))
                .getText()
                .contains(message("js.res.meals.left", SERVINGS - 1)));

        Map<String, Object> order = jdbc.sql(
                        "select resident_id, home_delivery, delivery_address from meal_order" + " where menu_id = ?")
                .param(menu)
                .query()
                .singleRow();
        assertThat(((Number) order.get("resident_id")).longValue()).isEqualTo(elder);
        assertThat(order.get("home_delivery")).isEqualTo(true);
        assertThat(order.get("delivery_address")).isEqualTo(address);
        browser.screenshot("resident-meals-delivered");
        assertNarrowAndQuiet();
    }

    /** A home building and its community whose nearest canteen is a registered facility, as the meals page finds it. */
    record Canteen(long buildingId, long communityId, long canteenId) {}

    private Optional<Canteen> canteenNear(long householdId) {
        AccessScope scope = AccessScope.of(0, "resident", Role.RESIDENT, Set.of(), Set.of(), Set.of(householdId));
        return registry.listHomeBuildings(scope).stream()
                .findFirst()
                .flatMap(building -> evaluations.listHomeAccess(building).stream()
                        .filter(h -> h.category().equals(ServiceCategory.MEALS.code()) && h.facilityRef() != null)
                        .findFirst()
                        .map(h -> new Canteen(
                                building,
                                places.findBuilding(building).orElseThrow().communityId(),
                                h.facilityRef())));
    }

    private WebElement box(String card) {
        return browser.driver().findElement(By.cssSelector(card + "input.delivery"));
    }

    private static NewResident member(String name, LocalDate birth) {
        return new NewResident(name, TestIdNumbers.next(birth, Sex.MALE), null, birth, Sex.MALE, Set.of(), null);
    }

    /** Today's lunch at the canteen, made by an administrator through the API. */
    private long lunchToday(long canteen, LocalDate today) {
        ResponseEntity<String> response = new TestAccounts(accountService, port)
                .admin()
                .post(
                        "/api/meals/menus",
                        Map.of(
                                "canteenId",
                                canteen,
                                "day",
                                today.toString(),
                                "meal",
                                "LUNCH",
                                "dishes",
                                "青菜 米饭",
                                "price_fen",
                                1500,
                                "servings",
                                SERVINGS));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JsonPath.<Number>read(response.getBody(), "$.id").longValue();
    }

    /**
     * Signs in, opens the session's service and presses Book twice (a double click); returns the booking as "my
     * bookings" lists it, once the page shows exactly one for the session.
     */
    private WebElement book(String username, long session) {
        signIn(username);
        long service = catalog.getSession(session).serviceId();
        browser.waitUntil(d -> d.findElement(By.cssSelector("#service-" + service + " > button")))
                .click();
        WebElement book = browser.waitUntil(
                d -> d.findElement(By.cssSelector(".session[data-session='" + session + "'] button.book")));
        browser.script("arguments[0].click(); arguments[0].click();", book);
        WebElement booked = browser.waitUntil(d -> d.findElement(By.cssSelector("#bookings .booking")));
        assertThat(browser.driver().findElements(By.cssSelector("#bookings .booking")))
                .hasSize(1);
        return booked;
    }

    private void signIn(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(username, TestAccounts.PASSWORD);
        browser.get("/resident");
    }

    private void assertNarrowAndQuiet() {
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375L);
        browser.assertNoConsoleErrors();
    }

    /** A day-care service of the facility for both homes' communities, with one session of one place. */
    private long sessionWithOnePlace(long facility, Home a, Home b) {
        AccessScope admin = TestPrincipals.admin();
        long service = catalog.createService(
                        admin,
                        new NewService(
                                facility,
                                ServiceKind.DAY_CARE,
                                "日间照料" + System.nanoTime() % 10_000,
                                1000,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Stream.of(a.communityId(), b.communityId())
                                        .distinct()
                                        .toList(),
                                false))
                .id();
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        return catalog.createSession(admin, new NewSession(service, start, start.plus(Duration.ofHours(2)), 1, null))
                .id();
    }

    private Home home(long householdId) {
        AccessScope scope = AccessScope.of(0, "resident", Role.RESIDENT, Set.of(), Set.of(), Set.of(householdId));
        Optional<Long> building = registry.listHomeBuildings(scope).stream().findFirst();
        if (building.isEmpty()) {
            return new Home(householdId, 0, List.of());
        }
        long community = places.findBuilding(building.get()).orElseThrow().communityId();
        List<Long> near = evaluations.listHomeAccess(building.get()).stream()
                .filter(h -> h.facilityRef() != null && h.walkTime_s() != null && h.walkTime_s() <= FIFTEEN_MINUTES_S)
                .map(HomeAccess::facilityRef)
                .sorted()
                .toList();
        return new Home(householdId, community, near);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
