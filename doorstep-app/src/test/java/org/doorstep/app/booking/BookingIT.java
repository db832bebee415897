package org.doorstep.app.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
import org.doorstep.app.privacy.Unrecorded;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/** Booking through the REST API and the service: idempotency, the waitlist's offers, refusals and scopes. */
@DoorstepTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingIT {

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
    BookingSignals signals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Placement placement;

    @Autowired
    TransactionTemplate transactions;

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
        service = catalog.createService(ADMIN, BookingWorld.dayCare(facility, 60));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyReturnsTheSameBooking() {
        BookingWorld.Household home = world.household(world.communityA, Set.of(), ADULT);
        ApiClient resident = accounts.resident(home.id());
        long session = session(5).id();
        Map<String, Long> body = Map.of("sessionId", session, "residentId", home.resident());

        ResponseEntity<String> first = postWithKey(resident, body, "key-1");
        ResponseEntity<String> retry = postWithKey(resident, body, "key-1");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(retry.getBody(), "$.id")).isEqualTo(JsonPath.read(first.getBody(), "$.id"));
        assertThat(catalog.getSession(session).held()).isEqualTo(1);
        ResponseEntity<String> again = resident.post("/api/bookings", body);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void retryThatTheRulesWouldNowRefuseStillReturnsTheFirstBookingAndAKeyIsBoundToItsRequest() {
        long session = session(5).id();
        long other = session(5).id();
        long resident = residents(1).get(0);
        Booking first = bookings.book(ADMIN, new NewBooking(session, resident, "late-retry"));
        clock.advance(Duration.ofDays(2));
        long startedBefore = sessionStartedRefusals();

        Booking retry = bookings.book(ADMIN, new NewBooking(session, resident, "late-retry"));

        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(sessionStartedRefusals()).isEqualTo(startedBefore);
        clock.reset();
        assertThatThrownBy(() -> bookings.book(ADMIN, new NewBooking(other, resident, "late-retry")))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(HttpStatus.CONFLICT));
        assertThat(catalog.getSession(other).held()).isZero();
        assertThat(catalog.getSession(session).held()).isEqualTo(1);
    }

    @Test
    void placementDecidesUnderTheLockWhateverTheSessionLookedLikeWhenRead() {
        ServiceSession session = session(1);
        List<Long> residents = residents(2);
        Unrecorded<ResidentFacts> first =
                registry.readResidentFacts(ADMIN, residents.get(0)).orElseThrow();
        Unrecorded<ResidentFacts> second =
                registry.readResidentFacts(ADMIN, residents.get(1)).orElseThrow();
        BookableSession readAsFull = new BookableSession(session.id(), session.startsAt(), true, service);
        BookableSession readAsFree = new BookableSession(session.id(), session.startsAt(), false, service);

        Booking placed = transactions
                .execute(t -> placement.place(ADMIN, readAsFull, first, null, clock.instant()))
                .orElseThrow();
        Booking waiting = transactions
                .execute(t -> placement.place(ADMIN, readAsFree, second, null, clock.instant()))
                .orElseThrow();

        assertThat(placed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(waiting.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(waiting.waitlistPosition()).isEqualTo(1);
        assertThat(catalog.getSession(session.id()).held()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesABookingWhoseServiceIsNotItsSessions() {
        OfferedService other = catalog.createService(ADMIN, BookingWorld.dayCare(facility, 60));
        ServiceSession session = session(5);
        String insert = "insert into booking (session_id, service_id, facility_id, resident_id, household_id,"
                + " community_id, booked_by, status, price_fen, live_resident_id, created_at, updated_at)"
                + " values (?, ?, ?, 1, 1, ?, 1, 'CONFIRMED', 0, 1, ?, ?)";
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);

        assertThatThrownBy(() -> jdbc.sql(insert)
                        .params(session.id(), other.id(), facility, world.communityA, now, now)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from booking where session_id = ?")
                        .param(session.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void everyAttemptAuditsItsReadOfTheResidentAlsoWhenRefusedOrInConflict() {
        long session = session(5).id();
        BookingWorld.Household home = world.household(world.communityA, Set.of(), ADULT);
        BookingWorld.Household young = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(30));
        ApiClient worker = accounts.withPlaces(Role.COMMUNITY_WORKER, world.street);
        Map<String, Long> body = Map.of("sessionId", session, "residentId", home.resident());

        assertThat(worker.post("/api/bookings", body).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(worker.post("/api/bookings", body).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> refused =
                worker.post("/api/bookings", Map.of("sessionId", session, "residentId", young.resident()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(factReadsOf(home.resident(), worker.username())).isEqualTo(2);
        assertThat(factReadsOf(young.resident(), worker.username())).isEqualTo(1);
        assertThat(catalog.getSession(session).held()).isEqualTo(1);
    }

    @Test
    void aPlacementTheDatabaseRefusesStillRecordsTheReadThatCameBeforeIt() {
        long session = session(5).id();
        long resident = residents(1).get(0);
        // Longer than the column holds; the API refuses such a key before it reads anything, the service does not.
        String tooLong = "k".repeat(101);

        assertThatThrownBy(() -> bookings.book(ADMIN, new NewBooking(session, resident, tooLong)))
                .isInstanceOf(DataAccessException.class);
        assertThat(factReadsOf(resident, ADMIN.username())).isEqualTo(1);
        assertThat(catalog.getSession(session).held()).isZero();
    }

    @Test
    void fullSessionWaitlistsWithStatus200AndCancellationOffersThePlaceToTheFirstInLine() {
        long session = session(1).id();
        List<Long> residents = residents(3);
        Booking confirmed = book(session, residents.get(0));
        Booking first = book(session, residents.get(1));
        Booking second = book(session, residents.get(2));
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(List.of(first.waitlistPosition(), second.waitlistPosition())).containsExactly(1, 2);

        bookings.cancel(ADMIN, confirmed.id());

        Booking offered = bookings.getBooking(ADMIN, first.id());
        assertThat(offered.offerExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        assertThat(bookings.getBooking(ADMIN, second.id()).offerExpiresAt()).isNull();
        assertThat(catalog.getSession(session).held()).isEqualTo(1);
        assertThat(bookings.accept(ADMIN, first.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.getBooking(ADMIN, second.id()).waitlistPosition()).isEqualTo(1);
    }

    @Test
    void offerNotAcceptedByItsDeadlinePassesToTheNextAndThenBackToTheSession() {
        long session = session(1).id();
        List<Long> residents = residents(3);
        Booking confirmed = book(session, residents.get(0));
        Booking first = book(session, residents.get(1));
        Booking second = book(session, residents.get(2));
        bookings.cancel(ADMIN, confirmed.id());

        clock.advance(Duration.ofHours(2).plusSeconds(1));

        assertThat(bookings.getBooking(ADMIN, first.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        Booking next = bookings.getBooking(ADMIN, second.id());
        assertThat(next.offerExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> bookings.accept(ADMIN, first.id()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));

        clock.advance(Duration.ofHours(3));
        assertThat(bookings.getBooking(ADMIN, second.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(catalog.getSession(session).held()).isZero();
    }

    /**
     * Seeded random bookings (some retried with their key), cancellations, accepted offers and lapses: after every
     * step the session's count of those waiting is its line's length, its held places are the bookings holding one,
     * and a booking joining the line is told its place in it.
     */
    @Test
    void theLineKeptWithTheSessionMatchesItsBookingsThroughRandomChanges() {
        long session = session(3).id();
        List<Long> residents = residents(10);
        Random random = new Random(20_261_203L);
        for (int step = 0; step < 150; step++) {
            int op = random.nextInt(10);
            if (op < 5) {
                long resident = residents.get(random.nextInt(residents.size()));
                String key = random.nextBoolean() ? "line-" + session + "-" + resident : null;
                try {
                    Booking made = bookings.book(ADMIN, new NewBooking(session, resident, key));
                    if (made.status() == BookingStatus.WAITLISTED) {
                        assertThat(made.waitlistPosition()).as("step %d", step).isEqualTo(placeInLine(made.id()));
                    }
                } catch (ResponseStatusException alreadyBooked) {
                    assertThat(alreadyBooked.getStatusCode().value()).isEqualTo(409);
                }
            } else if (op < 7) {
                liveBooking(session, "status <> 'CANCELLED'", random).ifPresent(id -> bookings.cancel(ADMIN, id));
            } else if (op < 9) {
                liveBooking(session, "offer_expires_at is not null", random)
                        .ifPresent(id -> bookings.accept(ADMIN, id));
            } else {
                clock.advance(Duration.ofMinutes(50));
            }
            ServiceSession now = catalog.getSession(session);
            assertThat(now.waiting()).as("step %d", step).isEqualTo(countOf(session, "status = 'WAITLISTED'"));
            assertThat(now.held())
                    .as("step %d", step)
                    .isEqualTo(countOf(
                            session,
                            "status in ('CONFIRMED', 'REQUESTED')"
                                    + " or (status = 'WAITLISTED' and offer_expires_at is not null)"));
        }
        assertThat(countOf(session, "status = 'CANCELLED'"))
                .as("the walk cancelled some")
                .isPositive();
    }

    private int placeInLine(long bookingId) {
        return jdbc.sql("select count(*) from booking b join booking me on me.id = ? where b.session_id = me.session_id"
                        + " and b.status = 'WAITLISTED' and b.waitlist_seq <= me.waitlist_seq")
                .param(bookingId)
                .query(Integer.class)
                .single();
    }

    private int countOf(long session, String condition) {
        return jdbc.sql("select count(*) from booking where session_id = ? and (" + condition + ")")
                .param(session)
                .query(Integer.class)
                .single();
    }

    private Optional<Long> liveBooking(long session, String condition, Random random) {
        List<Long> ids = jdbc.sql("select id from booking where session_id = ? and " + condition + " order by id")
                .param(session)
                .query(Long.class)
                .list();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
    }

    @Test
    void ineligibleResidentIsRefused422NamingTheRuleAndCountedForPlanning() {
        long session = session(5).id();
        BookingWorld.Household young = world.household(world.communityA, Set.of(), TestClock.TODAY.minusYears(30));
        BookingWorld.Household elsewhere = world.household(world.communityB, Set.of(), ADULT);
        ApiClient worker = accounts.withPlaces(Role.COMMUNITY_WORKER, world.street);
        Instant before = clock.instant();

        ResponseEntity<String> tooYoung =
                worker.post("/api/bookings", Map.of("sessionId", session, "residentId", young.resident()));
        ResponseEntity<String> outside =
                worker.post("/api/bookings", Map.of("sessionId", session, "residentId", elsewhere.resident()));

        assertThat(tooYoung.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) JsonPath.read(tooYoung.getBody(), "$.rule")).isEqualTo("MIN_AGE");
        assertThat((String) JsonPath.read(outside.getBody(), "$.rule")).isEqualTo("SERVICE_AREA");
        List<CommunityDemand> demand = signals.demandByCommunity(before, before.plusSeconds(1));
        assertThat(demand)
                .filteredOn(d -> d.communityId() == world.communityB)
                .extracting(CommunityDemand::refused)
                .containsExactly(1);
    }

    @Test
    void subsidisedGroupPaysTheSubsidisedPriceAndRequiredGroupIsEnforced() {
        OfferedService forDifficulty = catalog.createService(
                ADMIN,
                new NewService(
                        facility,
                        ServiceKind.HEALTH_CHECK,
                        "上门体检",
                        5000,
                        1000,
                        SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY,
                        null,
                        null,
                        SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY,
                        List.of(),
                        false));
        long session =
                catalog.createSession(ADMIN, newSession(forDifficulty.id(), 5)).id();
        BookingWorld.Household member =
                world.household(world.communityA, Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY), ADULT);

        assertThat(book(session, member.resident()).price_fen()).isEqualTo(1000);
        assertThatThrownBy(() -> book(session, residents(1).get(0)))
                .isInstanceOfSatisfying(
                        IneligibleException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED_GROUP"));
    }

    @Test
    void residentBookingForAnotherHouseholdIsRefused() {
        BookingWorld.Household mine = world.household(world.communityA, Set.of(), ADULT);
        BookingWorld.Household theirs = world.household(world.communityA, Set.of(), ADULT);
        ApiClient resident = accounts.resident(mine.id());
        long session = session(5).id();

        ResponseEntity<String> answer =
                resident.post("/api/bookings", Map.of("sessionId", session, "residentId", theirs.resident()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(catalog.getSession(session).held()).isZero();
    }

    @Test
    void operatorManagesOnlyItsOwnFacilitysSessionsAndBookings() {
        long otherFacility = world.facility(ServiceCategory.ELDERLY_CARE, "day_care_centre", world.communityA);
        ServiceSession session = session(5);
        Booking booking = book(session.id(), residents(1).get(0));
        ApiClient own = accounts.operator(facility);
        ApiClient other = accounts.operator(otherFacility);

        assertThat(other.get("/api/sessions/" + session.id() + "/bookings").getBody())
                .isEqualTo("[]");
        assertThat(other.post("/api/bookings/" + booking.id() + "/attended", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.put("/api/sessions/" + session.id() + "/capacity", Map.of("capacity", 9))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.post("/api/services/" + service.id() + "/sessions", sessionBody())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> attended = own.post("/api/bookings/" + booking.id() + "/attended", Map.of());
        assertThat((String) JsonPath.read(attended.getBody(), "$.status")).isEqualTo("ATTENDED");
        assertThat(own.put("/api/sessions/" + session.id() + "/capacity", Map.of("capacity", 0))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(own.post("/api/services/" + service.id() + "/sessions", sessionBody())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void serviceNeedingApprovalHoldsThePlaceAsRequestedUntilTheOperatorConfirms() {
        OfferedService approved = catalog.createService(
                ADMIN,
                new NewService(
                        facility, ServiceKind.HOUSEKEEPING, "保洁", 3000, null, null, null, null, null, List.of(), true));
        long session =
                catalog.createSession(ADMIN, newSession(approved.id(), 1)).id();
        Booking requested = book(session, residents(1).get(0));
        AccessScope operator = AccessScope.of(77, "op", Role.OPERATOR, Set.of(), Set.of(facility), Set.of());

        assertThat(requested.status()).isEqualTo(BookingStatus.REQUESTED);
        assertThat(book(session, residents(1).get(0)).status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(bookings.confirm(operator, requested.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    private ResponseEntity<String> postWithKey(ApiClient client, Object body, String key) {
        return client.rest()
                .post()
                .uri("/api/bookings")
                .header("Idempotency-Key", key)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    private Map<String, Object> sessionBody() {
        Instant start = clock.instant().plus(Duration.ofDays(2));
        return Map.of(
                "startsAt",
                start.toString(),
                "endsAt",
                start.plus(Duration.ofHours(2)).toString(),
                "capacity",
                3);
    }

    private ServiceSession session(int capacity) {
        return catalog.createSession(ADMIN, newSession(service.id(), capacity));
    }

    private NewSession newSession(long serviceId, int capacity) {
        Instant start = clock.instant().plus(Duration.ofDays(1));
        return new NewSession(serviceId, start, start.plus(Duration.ofHours(3)), capacity, null);
    }

    private List<Long> residents(int count) {
        return world.households(world.communityA, count, ADULT).stream()
                .map(BookingWorld.Household::resident)
                .toList();
    }

    private Booking book(long session, long resident) {
        return bookings.book(ADMIN, new NewBooking(session, resident, null));
    }

    private long factReadsOf(long residentId, String actor) {
        return jdbc.sql("select count(*) from audit_log where subject_kind = 'resident' and subject_id = ?"
                        + " and actor = ? and action = 'READ'")
                .params(Long.toString(residentId), actor)
                .query(Long.class)
                .single();
    }

    /** Refusals counted for a session already started, in all tests sharing the database. */
    private long sessionStartedRefusals() {
        return jdbc.sql("select count(*) from booking_refusal where rule = 'SESSION_STARTED'")
                .query(Long.class)
                .single();
    }
}
