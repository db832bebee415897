package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.Booking;
import org.doorstep.app.booking.BookingService;
import org.doorstep.app.booking.BookingStatus;
import org.doorstep.app.booking.BookingWorld;
import org.doorstep.app.booking.NewBooking;
import org.doorstep.app.booking.NewSession;
import org.doorstep.app.booking.ServiceCatalog;
import org.doorstep.app.booking.ServiceSession;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.NewOperator;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An operator in the browser: sees a full session with its places held of capacity and its waitlist, raises the
 * capacity and sees the waitlisted resident offered the new place, then completes a work order with a note.
 */
@DoorstepTest
class OperatorJourneyIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final AccessScope ADMIN = AccessScope.of(1, "admin", Role.ADMIN, Set.of(), Set.of(), Set.of());
    private static final double LON = 118.79;
    private static final double LAT = 32.05;

    @Autowired
    AccountService accountService;

    @Autowired
    Places places;

    @Autowired
    FacilityService facilities;

    @Autowired
    RegistryService registry;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    BookingService bookings;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestAccounts accounts;
    BookingWorld world;
    long community;
    long operator;
    long facility;
    Browser browser;

    @BeforeEach
    void open() {
        accounts = new TestAccounts(accountService, port);
        world = new BookingWorld(places, facilities, registry, jdbc);
        community = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "丙社区", world.street, null, LON, LAT));
        operator = facilities.addOperator(new NewOperator("康乐运营", null, null, List.of(), null, null, null));
        facility = facilities
                .addFacilities(List.of(new NewFacility(
                        ServiceCategory.ELDERLY_CARE,
                        "day_care_centre",
                        "康乐日间照料中心",
                        community,
                        null,
                        LON,
                        LAT,
                        300.0,
                        List.of(),
                        null,
                        FacilityStatus.OPEN,
                        OperatingModel.GOVERNMENT,
                        operator,
                        null)))
                .get(0);
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void operatorRaisesAFullSessionsCapacityAndTheWaitlistedResidentIsOffered() {
        ServiceSession session = fullSessionWithOneWaiting();
        Booking waiting = bookings.listSessionBookings(ADMIN, session.id()).stream()
                .filter(b -> b.status() == BookingStatus.WAITLISTED)
                .findFirst()
                .orElseThrow();
        browser.signIn(accounts.createUser(Role.OPERATOR, Set.of(), Set.of(facility), Set.of()), TestAccounts.PASSWORD);

        browser.get("/operator/sessions?week=" + mondayOf(session.startsAt()));
        WebElement item = browser.waitUntil(
                d -> d.findElement(By.cssSelector("button.op-session[data-session='" + session.id() + "']")));
        assertThat(item.getAttribute("data-held")).isEqualTo(String.valueOf(session.held()));
        assertThat(item.getAttribute("data-capacity")).isEqualTo(String.valueOf(session.capacity()));
        assertThat(item.getAttribute("data-waiting")).isEqualTo(String.valueOf(session.waiting()));
        assertThat(item.getText()).contains(session.held() + "/" + session.capacity());
        item.click();
        By waitingRow = By.cssSelector("#bookings tr[data-booking='" + waiting.id() + "']");
        assertThat(browser.waitUntil(d -> d.findElement(waitingRow)).getAttribute("data-status"))
                .isEqualTo("WAITLISTED");
        browser.screenshot("operator-session-full");

        WebElement capacity = browser.driver().findElement(By.id("edit-capacity"));
        capacity.clear();
        capacity.sendKeys(String.valueOf(session.capacity() + 1));
        browser.driver().findElement(By.id("save-session")).click();

        browser.waitUntil(d -> "true".equals(d.findElement(waitingRow).getAttribute("data-offered")));
        assertThat(bookings.getBooking(ADMIN, waiting.id()).offerExpiresAt()).isNotNull();
        By calendarItem = By.cssSelector("button.op-session[data-session='" + session.id() + "']");
        browser.waitUntil(d -> String.valueOf(session.capacity() + 1)
                .equals(d.findElement(calendarItem).getAttribute("data-capacity")));
        browser.screenshot("operator-session-raised");
        browser.assertNoConsoleErrors();
    }

    @Test
    void operatorCompletesAWorkOrderWithANote() {
        long workOrder = dispatchedWorkOrder();
        browser.signIn(accounts.createUser(Role.OPERATOR, Set.of(), Set.of(facility), Set.of()), TestAccounts.PASSWORD);

        browser.get("/operator/work");
        By card = By.cssSelector("#work-orders li[data-work-order='" + workOrder + "']");
        WebElement order = browser.waitUntil(d -> d.findElement(card));
        assertThat(order.findElement(By.tagName("h3")).getText())
                .as("the card names its request, which comes with the work order")
                .startsWith("#" + workOrder + " repair");
        order.findElement(By.name("note")).sendKeys("已更换水龙头");
        browser.screenshot("operator-work-order");
        order.findElement(By.cssSelector("button[data-action='complete']")).click();

        browser.waitUntil(d -> d.findElements(card).isEmpty());
        ApiClient admin = accounts.admin();
        String work = admin.get("/api/operators/" + operator + "/scorecard").getBody();
        assertThat(JsonPath.<Integer>read(work, "$.completed")).isEqualTo(1);
        WebElement completed = browser.waitUntil(d -> d.findElement(
                By.cssSelector("#scorecards dl[data-operator='" + operator + "'] dd[data-figure='completed']")));
        assertThat(completed.getText()).startsWith(JsonPath.<Integer>read(work, "$.completed") + " /");
        // The ledger chart's twelve months come in one request.
        browser.waitUntil(d -> "12".equals(d.findElement(By.id("balance-chart")).getDomAttribute("data-months")));
        browser.screenshot("operator-work-completed");
        browser.assertNoConsoleErrors();
    }

    /** A session of one place, held by one resident, with a second on the waitlist. */
    private ServiceSession fullSessionWithOneWaiting() {
        long service = catalog.createService(ADMIN, BookingWorld.dayCare(facility, null))
                .id();
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        ServiceSession session =
                catalog.createSession(ADMIN, new NewSession(service, start, start.plus(Duration.ofHours(3)), 1, null));
        for (int i = 0; i < 2; i++) {
            long resident = world.household(community, Set.of(), LocalDate.of(1950, 3, 1))
                    .resident();
            bookings.book(ADMIN, new NewBooking(session.id(), resident, null));
        }
        return catalog.getSession(session.id());
    }

    /** A resident's repair request, dispatched to the operator by an administrator; the work order's id. */
    private long dispatchedWorkOrder() {
        ApiClient resident = accounts.signIn(Role.RESIDENT, Set.of(), Set.of(), Set.of());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("service_code", "repair");
        form.add("lat", Double.toString(LAT));
        form.add("long", Double.toString(LON));
        form.add("attribute[where]", "home");
        form.add("description", "厨房水龙头漏水");
        ResponseEntity<String> created = resident.rest()
                .post()
                .uri("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toEntity(String.class);
        assertThat(created.getStatusCode().is2xxSuccessful())
                .as(created.getBody())
                .isTrue();
        String request = JsonPath.read(created.getBody(), "$[0].service_request_id");
        ResponseEntity<String> dispatched =
                accounts.admin().post("/api/requests/" + request + "/dispatch", Map.of("operatorId", operator));
        assertThat(dispatched.getStatusCode().is2xxSuccessful())
                .as(dispatched.getBody())
                .isTrue();
        return JsonPath.<Integer>read(dispatched.getBody(), "$.id");
    }

    private static LocalDate mondayOf(Instant instant) {
        return LocalDate.ofInstant(instant, CHINA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
