package org.doorstep.app.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
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
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operator moves a session and changes its capacity through {@code PUT /api/sessions/{id}}: a raise offers the new
 * places down the waitlist in line, a cut below the places held is refused naming the capacity, and the next booking
 * sees a moved session at once.
 */
@DoorstepTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionEditIT {

    private static final LocalDate ADULT = LocalDate.of(1950, 3, 1);
    private static final AccessScope ADMIN = AccessScope.of(1, "admin", Role.ADMIN, Set.of(), Set.of(), Set.of());

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
    BookingProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    BookingWorld world;
    TestAccounts accounts;
    long facility;
    OfferedService service;

    @BeforeAll
    void world() {
        world = new BookingWorld(places, facilities, registry, jdbc);
        accounts = new TestAccounts(accountService, port);
        facility = world.facility(ServiceCategory.ELDERLY_CARE, "day_care_centre", world.communityA);
        service = catalog.createService(ADMIN, BookingWorld.dayCare(facility, null));
    }

    @Test
    void raisingTheCapacityOffersTheNewPlacesToTheWaitlistInLine() {
        ServiceSession session = session(1);
        List<Booking> made = residents(4).stream()
                .map(r -> bookings.book(ADMIN, new NewBooking(session.id(), r, null)))
                .toList();
        int raisedBy = 2;

        ResponseEntity<String> answer = accounts.operator(facility)
                .put("/api/sessions/" + session.id(), body(session, session.capacity() + raisedBy));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(answer.getBody(), "$.capacity")).isEqualTo(session.capacity() + raisedBy);
        assertThat((Integer) JsonPath.read(answer.getBody(), "$.held")).isEqualTo(session.capacity() + raisedBy);
        List<Booking> waiting = made.subList(session.capacity(), made.size());
        Instant deadline = clock.instant().plus(properties.offerDeadline());
        for (int i = 0; i < waiting.size(); i++) {
            Booking now = bookings.getBooking(ADMIN, waiting.get(i).id());
            assertThat(now.offerExpiresAt())
                    .as("offer to waitlist position " + (i + 1))
                    .isEqualTo(i < raisedBy ? deadline : null);
        }
        assertThat(bookings.accept(ADMIN, waiting.get(0).id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void raisingTheCapacityWithNobodyWaitingLeavesThePlacesFree() {
        ServiceSession session = session(1);
        bookings.book(ADMIN, new NewBooking(session.id(), residents(1).get(0), null));

        ServiceSession raised = catalog.editSession(ADMIN, session.id(), change(session, 3));

        assertThat(raised.held()).isEqualTo(1);
        assertThat(bookings.book(
                                ADMIN, new NewBooking(session.id(), residents(1).get(0), null))
                        .status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void loweringTheCapacityBelowThePlacesHeldIsRefusedNamingTheCapacity() {
        ServiceSession session = session(3);
        residents(2).forEach(r -> bookings.book(ADMIN, new NewBooking(session.id(), r, null)));
        ApiClient operator = accounts.operator(facility);

        ResponseEntity<String> tooLow = operator.put("/api/sessions/" + session.id(), body(session, 1));
        ResponseEntity<String> enough = operator.put("/api/sessions/" + session.id(), body(session, 2));

        assertThat(tooLow.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) JsonPath.read(tooLow.getBody(), "$.detail")).startsWith("capacity:");
        assertThat(enough.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(catalog.getSession(session.id()).capacity()).isEqualTo(2);
    }

    @Test
    void movingASessionKeepsItsBookingsAndRefusesAnEndBeforeTheStart() {
        ServiceSession session = session(2);
        Booking booking =
                bookings.book(ADMIN, new NewBooking(session.id(), residents(1).get(0), null));
        Instant later = session.startsAt().plus(Duration.ofDays(1));
        ApiClient operator = accounts.operator(facility);

        ResponseEntity<String> moved = operator.put(
                "/api/sessions/" + session.id(),
                Map.of(
                        "startsAt",
                        later.toString(),
                        "endsAt",
                        later.plus(Duration.ofHours(1)).toString(),
                        "capacity",
                        2));
        ResponseEntity<String> backwards = operator.put(
                "/api/sessions/" + session.id(),
                Map.of("startsAt", later.toString(), "endsAt", later.toString(), "capacity", 2));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(catalog.getSession(session.id()).startsAt()).isEqualTo(later);
        assertThat(bookings.getBooking(ADMIN, booking.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(backwards.getBody(), "$.detail")).startsWith("endsAt:");
    }

    @Test
    void aBookingAfterTheSessionMovedSeesItsNewStartAtOnce() {
        ServiceSession session = session(3);
        List<Long> residents = residents(2);
        bookings.book(ADMIN, new NewBooking(session.id(), residents.get(0), null));
        Instant started = clock.instant().minus(Duration.ofHours(1));

        catalog.editSession(
                ADMIN,
                session.id(),
                new SessionChange(started, started.plus(Duration.ofHours(3)), session.capacity(), null));

        assertThatThrownBy(() -> bookings.book(ADMIN, new NewBooking(session.id(), residents.get(1), null)))
                .isInstanceOfSatisfying(
                        IneligibleException.class, e -> assertThat(e.rule()).isEqualTo("SESSION_STARTED"));
    }

    @Test
    void anotherOperatorCannotEditTheSession() {
        ServiceSession session = session(1);
        long otherFacility = world.facility(ServiceCategory.ELDERLY_CARE, "day_care_centre", world.communityA);

        ResponseEntity<String> answer =
                accounts.operator(otherFacility).put("/api/sessions/" + session.id(), body(session, 5));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(catalog.getSession(session.id()).capacity()).isEqualTo(session.capacity());
    }

    private ServiceSession session(int capacity) {
        Instant start = clock.instant().plus(Duration.ofDays(1));
        return catalog.createSession(
                ADMIN, new NewSession(service.id(), start, start.plus(Duration.ofHours(3)), capacity, null));
    }

    private static Map<String, Object> body(ServiceSession session, int capacity) {
        return Map.of(
                "startsAt",
                session.startsAt().toString(),
                "endsAt",
                session.endsAt().toString(),
                "capacity",
                capacity);
    }

    private static SessionChange change(ServiceSession session, int capacity) {
        return new SessionChange(session.startsAt(), session.endsAt(), capacity, session.carers());
    }

    private List<Long> residents(int count) {
        return world.households(world.communityA, count, ADULT).stream()
                .map(BookingWorld.Household::resident)
                .toList();
    }
}
