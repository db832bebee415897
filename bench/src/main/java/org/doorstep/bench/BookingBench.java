package org.doorstep.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.app.DoorstepApplication;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./doorstep bench --booking}: booking through the HTTP API against PostgreSQL. Empties the database named by
 * {@code DOORSTEP_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/doorstep_bench}), starts the whole
 * app on it in this process, seeds one day-care service and 200 resident accounts, and lets 200 client threads, each
 * with its own HTTP connection and bearer token, book every session once: 100 sessions of 150 places, so 20,000
 * bookings, of which a quarter are waitlisted. Each client books the sessions in its own shuffled order. After a
 * warm-up of 10 sessions, prints throughput, p50/p99 latency, non-200 answers, bookings lost and sessions oversold
 * (confirmed bookings above capacity). Timing, not a test: the targets are printed, not asserted.
 */
final class BookingBench {

    private static final int CLIENTS = 200;
    private static final int SESSIONS = 100;
    private static final int CAPACITY = 150;
    private static final int WARMUP_SESSIONS = 10;
    private static final long SHUFFLE_SEED = 20_251_202L;

    /** One round's answers: latencies in nanoseconds and the count of non-200 answers. */
    private record Round(long[] latencies_ns, long elapsed_ns, int failures) {}

    private BookingBench() {}

    static void run() throws Exception {
        String url = env("DOORSTEP_TEST_PG_URL", "jdbc:postgresql://localhost:5432/doorstep_bench");
        String user = env("DOORSTEP_TEST_PG_USER", "doorstep");
        String password = env("DOORSTEP_TEST_PG_PASSWORD", "doorstep");
        Flyway.configure()
                .dataSource(url, user, password)
                .cleanDisabled(false)
                .load()
                .clean();
        // Command-line arguments, since default properties would lose to application.yml's embedded H2.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DoorstepApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--server.port=0",
                        "--logging.level.root=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
            BookingBenchWorld world = new BookingBenchWorld(app, port, CLIENTS);
            book(world, world.sessions(WARMUP_SESSIONS, CAPACITY), port);
            List<Long> sessions = world.sessions(SESSIONS, CAPACITY);
            Round round = book(world, sessions, port);
            report(round, sessions, app.getBean(JdbcClient.class));
        }
    }

    private static Round book(BookingBenchWorld world, List<Long> sessions, int port) throws InterruptedException {
        int perClient = sessions.size();
        long[] latencies = new long[world.clients.size() * perClient];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(world.clients.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < world.clients.size(); c++) {
            BookingBenchWorld.Client client = world.clients.get(c);
            List<Long> order = new ArrayList<>(sessions);
            Collections.shuffle(order, new Random(SHUFFLE_SEED + c));
            int offset = c * perClient;
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                ready.countDown();
                await(go);
                for (int i = 0; i < perClient; i++) {
                    long start = System.nanoTime();
                    if (!post(http, port, client, order.get(i))) {
                        failures.incrementAndGet();
                    }
                    latencies[offset + i] = System.nanoTime() - start;
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Round(latencies, System.nanoTime() - start, failures.get());
    }

    private static boolean post(HttpClient http, int port, BookingBenchWorld.Client client, long session) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bookings"))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"sessionId\":" + session + ",\"residentId\":" + client.residentId() + "}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                            .statusCode()
                    == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void report(Round round, List<Long> sessions, JdbcClient jdbc) {
        long[] sorted = round.latencies_ns().clone();
        Arrays.sort(sorted);
        double seconds = round.elapsed_ns() / 1e9;
        double throughput = sorted.length / seconds;
        double p50_ms = sorted[sorted.length / 2] / 1e6;
        double p99_ms = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        int recorded = jdbc.sql("select count(*) from booking where session_id in (:s)")
                .param("s", sessions)
                .query(Integer.class)
                .single();
        int oversold = jdbc.sql("select count(*) from service_session s where s.id in (:s) and s.capacity <"
                        + " (select count(*) from booking b where b.session_id = s.id and b.status = 'CONFIRMED')")
                .param("s", sessions)
                .query(Integer.class)
                .single();
        int confirmed = jdbc.sql("select count(*) from booking where session_id in (:s) and status = 'CONFIRMED'")
                .param("s", sessions)
                .query(Integer.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "%nbooking bench: %d bookings by %d clients in %.2f s%n"
                        + "  throughput %.0f bookings/s (goal >= 1500: %s)%n"
                        + "  latency p50 %.1f ms, p99 %.1f ms (goal p99 <= 50: %s)%n"
                        + "  non-200 answers %d, recorded %d, lost %d, confirmed %d of %d places%n"
                        + "  oversold sessions %d (goal 0: %s)%n",
                sorted.length,
                CLIENTS,
                seconds,
                throughput,
                pass(throughput >= 1500),
                p50_ms,
                p99_ms,
                pass(p99_ms <= 50),
                round.failures(),
                recorded,
                sorted.length - recorded,
                confirmed,
                SESSIONS * CAPACITY,
                oversold,
                pass(oversold == 0));
        System.out.printf(
                Locale.ROOT,
                "booking.throughput_per_s=%.0f%nbooking.p50_ms=%.2f%nbooking.p99_ms=%.2f%nbooking.oversold=%d%n",
                throughput,
                p50_ms,
                p99_ms,
                oversold);
    }

    private static String pass(boolean met) {
        return met ? "PASS" : "MISS";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
