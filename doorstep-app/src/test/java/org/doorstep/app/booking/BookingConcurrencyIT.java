package org.doorstep.app.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestDatabase;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 200 residents, each with its own HTTP connection and bearer token, book the last places of one session at once
 * against the real PostgreSQL: exactly capacity confirmed, the rest waitlisted in the order they reached the session's
 * lock, every request recorded. And bookings of one community that overlap in time share no row lock.
 */
@DoorstepTest
class BookingConcurrencyIT {

    private static final int CLIENTS = 200;
    private static final int CAPACITY = 30;
    private static final int TAKEN_BEFORE = 20;
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
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    @Test
    void neverConfirmsMoreThanCapacityAndWaitlistsTheRestInArrivalOrder() throws Exception {
        assumeTrue(
                TestDatabase.isPostgres(),
                "*** SKIPPED: BookingConcurrencyIT needs PostgreSQL (set DOORSTEP_TEST_PG_URL); H2 proves nothing here");
        BookingWorld world = new BookingWorld(places, facilities, registry, jdbc);
        ServiceSession session = dayCareTomorrow(world);
        LocalDate adult = LocalDate.of(1950, 3, 1);
        for (BookingWorld.Household early : world.households(world.communityA, TAKEN_BEFORE, adult)) {
            bookings.book(ADMIN, new NewBooking(session.id(), early.resident(), null));
        }
        List<BookingWorld.Household> households = world.households(world.communityA, CLIENTS, adult);
        List<ApiClient> clients = signIn(households);

        List<String> bodies = bookAllAtOnce(clients, households, session.id());

        int free = CAPACITY - TAKEN_BEFORE;
        List<String> statuses =
                bodies.stream().map(b -> (String) JsonPath.read(b, "$.status")).toList();
        assertThat(statuses.stream().filter("CONFIRMED"::equals)).hasSize(free);
        assertThat(statuses.stream().filter("WAITLISTED"::equals)).hasSize(CLIENTS - free);
        List<Integer> positions = bodies.stream()
                .filter(b -> JsonPath.read(b, "$.status").equals("WAITLISTED"))
                .map(b -> (Integer) JsonPath.read(b, "$.waitlistPosition"))
                .sorted()
                .toList();
        assertThat(positions)
                .isEqualTo(IntStream.rangeClosed(1, CLIENTS - free).boxed().toList());

        assertThat(count("select count(*) from booking where session_id = ?", session.id()))
                .isEqualTo(CLIENTS + TAKEN_BEFORE);
        assertThat(count("select count(*) from booking where session_id = ? and status = 'CONFIRMED'", session.id()))
                .isEqualTo(CAPACITY);
        assertThat(count("select held from service_session where id = ?", session.id()))
                .isEqualTo(CAPACITY);
        assertWaitlistFollowsArrival(session.id());
    }

    /**
     * Bookings of one community in different sessions lock no row together: a key from booking to a row they all
     * share (the community's place) made PostgreSQL record a multixact for nearly every booking under load (V16_2).
     * The first booking's transaction stays open while the second books, as under load.
     */
    @Test
    void bookingsOfOneCommunityInDifferentSessionsCreateNoMultixact() throws Exception {
        assumeTrue(
                TestDatabase.isPostgres(),
                "*** SKIPPED: multixacts are PostgreSQL's; set DOORSTEP_TEST_PG_URL to run this test");
        BookingWorld world = new BookingWorld(places, facilities, registry, jdbc);
        List<BookingWorld.Household> two = world.households(world.communityA, 2, LocalDate.of(1950, 3, 1));
        long before = multixactAge();
        CountDownLatch firstBooked = new CountDownLatch(1);
        CountDownLatch secondBooked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> bookingsMade = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                NewBooking booking =
                        new NewBooking(dayCareTomorrow(world).id(), two.get(i).resident(), null);
                boolean first = i == 0;
                bookingsMade.add(threads.submit(() -> transaction.executeWithoutResult(status -> {
                    bookings.book(ADMIN, booking);
                    (first ? firstBooked : secondBooked).countDown();
                    awaitQuietly(first ? secondBooked : firstBooked);
                })));
            }
            for (Future<?> made : bookingsMade) {
                made.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(count(
                        "select count(*) from booking where resident_id in (?, ?)",
                        two.get(0).resident(),
                        two.get(1).resident()))
                .isEqualTo(2);
        assertThat(multixactAge() - before).isZero();
    }

    /** A new session of a new day-care service in community A, tomorrow, with {@link #CAPACITY} places. */
    private ServiceSession dayCareTomorrow(BookingWorld world) {
        long facility = world.facility(ServiceCategory.ELDERLY_CARE, "day_care_centre", world.communityA);
        OfferedService service = catalog.createService(ADMIN, BookingWorld.dayCare(facility, null));
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        return catalog.createSession(
                ADMIN, new NewSession(service.id(), start, start.plus(Duration.ofHours(3)), CAPACITY, null));
    }

    /** How many multixacts the database has made since its oldest was frozen: grows by each one made. */
    private long multixactAge() {
        return jdbc.sql("select mxid_age(datminmxid) from pg_database where datname = current_database()")
                .query(Long.class)
                .single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waitlist numbers were handed out under the session's lock, before each insert: ids and numbers rise together. */
    private void assertWaitlistFollowsArrival(long sessionId) {
        List<long[]> waitlisted = jdbc.sql("select id, waitlist_seq from booking where session_id = ?"
                        + " and status = 'WAITLISTED' order by id")
                .param(sessionId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        List<Long> seqs = waitlisted.stream().map(w -> w[1]).toList();
        assertThat(seqs).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        assertThat(seqs)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, CLIENTS - (CAPACITY - TAKEN_BEFORE))
                        .boxed()
                        .toList());
    }

    private List<ApiClient> signIn(List<BookingWorld.Household> households) throws Exception {
        TestAccounts accounts = new TestAccounts(accountService, port);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiClient>> signing = new ArrayList<>();
            for (BookingWorld.Household h : households) {
                signing.add(pool.submit(() -> accounts.resident(h.id())));
            }
            List<ApiClient> clients = new ArrayList<>();
            for (Future<ApiClient> f : signing) {
                clients.add(f.get());
            }
            return clients;
        } finally {
            pool.shutdown();
        }
    }

    /** Each client on its own thread and HTTP connection, all released by one latch. */
    private List<String> bookAllAtOnce(List<ApiClient> clients, List<BookingWorld.Household> households, long session)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                ApiClient client = clients.get(i);
                long resident = households.get(i).resident();
                answers.add(threads.submit(() -> {
                    HttpClient http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/api/bookings"))
                            .header("Authorization", "Bearer " + client.token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"sessionId\":" + session + ",\"residentId\":" + resident + "}"))
                            .build();
                    ready.countDown();
                    go.await();
                    HttpResponse<String> response =
                            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    return response.body();
                }));
            }
            ready.await();
            go.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<String> answer : answers) {
                bodies.add(answer.get());
            }
            return bodies;
        } finally {
            threads.shutdown();
        }
    }

    private int count(String sql, Object... ids) {
        return jdbc.sql(sql).params(ids).query(Integer.class).single();
    }
}
