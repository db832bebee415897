package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import org.doorstep.app.registry.RegistryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * A resident's journey on a phone-sized browser: a session with one place left near two homes; resident A books it
 * and sees it confirmed, resident B of another household books it and is waitlisted first in line; A cancels and B
 * sees the offer of the freed place with its deadline and accepts it.
 */
@DoorstepTest
class ResidentJourneyIT {

    private static final int FIFTEEN_MINUTES_S = 15 * 60;
    private static final Locale CHINESE = Locale.CHINESE;

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
