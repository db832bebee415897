package org.doorstep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.doorstep.app.DoorstepApplication;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./doorstep bench --booking}: booking through the HTTP API against PostgreSQL. Empties the database named by
 * {@code DOORSTEP_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/doorstep_bench}), starts the whole
 * app on it in this process, seeds one day-care service and 200 resident accounts, and lets 200 client threads, each
 * signed in with its own bearer token, book every session of a round once, each with its own Idempotency-Key as the
 * resident page sends: 100 sessions of 150 places, so 20,000 bookings, of which a quarter are waitlisted. Each client
 * books the sessions in its own shuffled order. After warm-up rounds like the saturated and the paced ones by turns,
 * until the JIT has settled (a server runs warm: on 2 cores C2 keeps one core busy through the first 40,000 to 160,000
 * bookings, and a round measured while it still compiles measures the compiler), three paced rounds and a saturated
 * one:
 *
 * <ul>
 *   <li><b>paced</b>: the 200 clients together send 1,500 bookings a second on a fixed schedule (each every 133 ms,
 *       staggered), the goal's load. A late answer does not delay the schedule: the next request goes at once, and
 *       every latency counts from the time the request was due, not from when it went (no coordinated omission).
 *   <li><b>saturated</b>: each client sends its next booking as soon as the last is answered, which finds the most
 *       the server does; with 200 such clients the latency is the queue that builds (200 / throughput).
 * </ul>
 *
 * Prints for each throughput, p50/p99 latency, non-200 answers, bookings lost and sessions oversold (confirmed
 * bookings above capacity), and the CPU per booking of the server, PostgreSQL and the clients ({@link CpuShares}).
 * Timing, not a test: the targets are printed, not asserted.
 */
final class BookingBench {

    private static final int CLIENTS = 200;
    private static final int SESSIONS = 100;
    private static final int CAPACITY = 150;
    /** A paced round lasts 13 seconds: on a machine shared with others, one round is a small sample of its moods. */
    private static final int PACED_ROUNDS = 3;

    private static final int MIN_WARMUP_ROUNDS = 2;
    private static final int MAX_WARMUP_ROUNDS = 12;
    /** The JIT counts as settled once a warm-up round spends at most this share of its wall time compiling. */
    private static final double SETTLED_COMPILE_SHARE = 0.02;

    private static final double GOAL_PER_S = 1500;
    private static final double GOAL_P99_MS = 50;
    private static final long SHUFFLE_SEED = 20_251_202L;

    /**
     * One round's answers: each request's latency and when it was due (from the round's start), in nanoseconds, and
     * the count of non-200 answers.
     */
    private record Round(
            String name,
            boolean paced,
            List<Long> sessions,
            long[] latencies_ns,
            long[] due_ns,
            long elapsed_ns,
            int failures,
            CpuShares.Sample cpu,
            long clients_ns) {}

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
            warmUp(world, port);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Round> paced = new ArrayList<>();
            for (int i = 1; i <= PACED_ROUNDS; i++) {
                paced.add(book("paced-" + i, world, world.sessions(SESSIONS, CAPACITY), port, GOAL_PER_S));
                report(paced.get(i - 1), jdbc);
            }
            reportPaced(paced);
            report(book("saturated", world, world.sessions(SESSIONS, CAPACITY), port, 0), jdbc);
        }
    }

    /**
     * Saturated and paced rounds by turns until the JIT compiler's time in a round falls to
     * {@link #SETTLED_COMPILE_SHARE} of it (at least {@link #MIN_WARMUP_ROUNDS}, at most {@link #MAX_WARMUP_ROUNDS}),
     * printing each round's figures. Both loads, since code compiled under one alone meets branches it never took
     * under the other (a free connection, an idle thread) and falls back to the interpreter while it compiles again:
     * warmed by saturated rounds only, the first paced round stalled for a second.
     */
    private static void warmUp(BookingBenchWorld world, int port) throws InterruptedException {
        for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
            boolean paced = round % 2 == 0;
            Round warm = book("warm-up", world, world.sessions(SESSIONS, CAPACITY), port, paced ? GOAL_PER_S : 0);
            double share = warm.cpu().compiling_ms() / (warm.elapsed_ns() / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "warm-up %d, %s: %.0f bookings/s, JIT compiling %.0f %% of the round%n%s%n",
                    round,
                    paced ? "paced" : "saturated",
                    warm.latencies_ns().length / (warm.elapsed_ns() / 1e9),
                    share * 100,
                    cpuPerBooking(warm));
            if (round >= MIN_WARMUP_ROUNDS && share <= SETTLED_COMPILE_SHARE) {
                return;
            }
        }
        System.out.printf("warm-up: the JIT was still compiling after %d rounds%n", MAX_WARMUP_ROUNDS);
    }

    /**
     * Every client books every session once, in its own order: at {@code perSecond} bookings a second in all on a
     * fixed schedule, or, at 0, each as soon as its last was answered.
     */
    private static Round book(String name, BookingBenchWorld world, List<Long> sessions, int port, double perSecond)
            throws InterruptedException {
        int clients = world.clients.size();
        int perClient = sessions.size();
        long interval_ns = perSecond > 0 ? Math.round(clients * 1e9 / perSecond) : 0;
        long[] latencies = new long[clients * perClient];
        long[] dues = new long[clients * perClient];
        AtomicInteger failures = new AtomicInteger();
        AtomicLong clients_ns = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] start = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            BookingBenchWorld.Client client = world.clients.get(c);
            List<Long> order = new ArrayList<>(sessions);
            Collections.shuffle(order, new Random(SHUFFLE_SEED + c));
            int offset = c * perClient;
            long stagger_ns = interval_ns * c / clients;
            Thread thread = new Thread(() -> {
                try (KeepAliveClient http = new KeepAliveClient("localhost", port)) {
                    ready.countDown();
                    await(go);
                    for (int i = 0; i < perClient; i++) {
                        long due = interval_ns > 0 ? start[0] + stagger_ns + i * interval_ns : System.nanoTime();
                        sleepUntil(due);
                        long session = order.get(i);
                        if (!post(http, client, session, name + "-" + session)) {
                            failures.incrementAndGet();
                        }
                        latencies[offset + i] = System.nanoTime() - due;
                        dues[offset + i] = due - start[0];
                    }
                    clients_ns.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await();
        CpuShares.Sample cpuBefore = CpuShares.now();
        start[0] = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed_ns = System.nanoTime() - start[0];
        return new Round(
                name,
                interval_ns > 0,
                sessions,
                latencies,
                dues,
                elapsed_ns,
                failures.get(),
                CpuShares.now().minus(cpuBefore),
                clients_ns.get());
    }

    private static boolean post(
            KeepAliveClient http, BookingBenchWorld.Client client, long session, String idempotencyKey) {
        String body = "{\"sessionId\":" + session + ",\"residentId\":" + client.residentId() + "}";
        try {
            return http.postJson(
                            "/api/bookings",
                            body,
                            "Authorization: Bearer " + client.token(),
                            "Idempotency-Key: " + idempotencyKey)
                    == 200;
        } catch (IOException e) {
            closeQuietly(http);
            return false;
        }
    }

    private static void report(Round round, JdbcClient jdbc) {
        long[] sorted = round.latencies_ns().clone();
        Arrays.sort(sorted);
        double seconds = round.elapsed_ns() / 1e9;
        double throughput = sorted.length / seconds;
        double p50_ms = percentile_ms(sorted, 0.5);
        double p99_ms = percentile_ms(sorted, 0.99);
        List<Long> sessions = round.sessions();
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
        // Paced, the throughput is at most the rate sent: within 1 % of it means the server kept up. Saturated, 200
        // clients that each wait for their answer keep 200 requests queued, so by Little's law the mean latency is
        // 200 / throughput: its p99 shows fairness, and the latency goal is the paced round's.
        String latencyGoal = round.paced()
                ? String.format(Locale.ROOT, "goal p99 <= %.0f: %s", GOAL_P99_MS, pass(p99_ms <= GOAL_P99_MS))
                : String.format(
                        Locale.ROOT,
                        "closed loop: the mean is %d clients / throughput = %.0f ms",
                        CLIENTS,
                        1e3 * CLIENTS / throughput);
        System.out.printf(
                Locale.ROOT,
                "%nbooking bench, %s: %d bookings by %d clients in %.2f s%n"
                        + "  throughput %.0f bookings/s (goal >= %.0f: %s)%n"
                        + "  latency p50 %.1f ms, p99 %.1f ms (%s)%n"
                        + "  non-200 answers %d, recorded %d, lost %d, confirmed %d of %d places%n"
                        + "  oversold sessions %d (goal 0: %s)%n"
                        + "  p99 ms of the requests due in each second:%s%n"
                        + "%s%n",
                round.name(),
                sorted.length,
                CLIENTS,
                seconds,
                throughput,
                GOAL_PER_S,
                pass(throughput >= GOAL_PER_S * 0.99),
                p50_ms,
                p99_ms,
                latencyGoal,
                round.failures(),
                recorded,
                sorted.length - recorded,
                confirmed,
                sessions.size() * CAPACITY,
                oversold,
                pass(oversold == 0),
                p99BySecond(round),
                cpuPerBooking(round));
        String prefix = "booking." + round.name() + ".";
        System.out.printf(
                Locale.ROOT,
                "%sthroughput_per_s=%.0f%n%sp50_ms=%.2f%n%sp99_ms=%.2f%n%soversold=%d%n",
                prefix,
                throughput,
                prefix,
                p50_ms,
                prefix,
                p99_ms,
                prefix,
                oversold);
    }

    /** Every paced round's p99 and the p99 of all their bookings together, against the goal. */
    private static void reportPaced(List<Round> rounds) {
        long[] all = rounds.stream()
                .flatMapToLong(r -> Arrays.stream(r.latencies_ns()))
                .sorted()
                .toArray();
        StringBuilder each = new StringBuilder();
        for (Round round : rounds) {
            long[] sorted = round.latencies_ns().clone();
            Arrays.sort(sorted);
            each.append(String.format(Locale.ROOT, " %.1f", percentile_ms(sorted, 0.99)));
        }
        double p99_ms = percentile_ms(all, 0.99);
        System.out.printf(
                Locale.ROOT,
                "%nbooking bench, the %d paced rounds: p99 ms of each:%s; of all %d bookings together %.1f ms"
                        + " (goal p99 <= %.0f: %s)%nbooking.paced.p99_ms=%.2f%n",
                rounds.size(),
                each,
                all.length,
                p99_ms,
                GOAL_P99_MS,
                pass(p99_ms <= GOAL_P99_MS),
                p99_ms);
    }

    /** The latency at quantile {@code q} of sorted nanoseconds, in milliseconds. */
    private static double percentile_ms(long[] sorted_ns, double q) {
        return sorted_ns[Math.max(0, (int) Math.ceil(sorted_ns.length * q) - 1)] / 1e6;
    }

    /**
     * The round's CPU per booking: the server (this JVM less the client threads), PostgreSQL and the clients, and the
     * rate the machine's cores would allow at that cost if nothing else ran.
     */
    private static String cpuPerBooking(Round round) {
        int bookings = round.latencies_ns().length;
        double server_ms = (round.cpu().jvm_ns() - round.clients_ns()) / 1e6 / bookings;
        double postgres_ms = round.cpu().postgres_ns() / 1e6 / bookings;
        double clients_ms = round.clients_ns() / 1e6 / bookings;
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format(
                Locale.ROOT,
                "  CPU per booking: server %.3f ms, PostgreSQL %.3f ms, clients %.3f ms (%d cores: at most %.0f"
                        + " bookings/s at this cost); in the round the JIT compiled for %d ms, GC took %d ms",
                server_ms,
                postgres_ms,
                clients_ms,
                cores,
                cores * 1e3 / (server_ms + postgres_ms + clients_ms),
                round.cpu().compiling_ms(),
                round.cpu().collecting_ms());
    }

    /**
     * The p99 latency of the requests due in each second of the round, which shows where a tail comes from: a few
     * bad seconds (a stall) or a slow climb (a queue the server cannot drain).
     */
    private static String p99BySecond(Round round) {
        long[] due = round.due_ns();
        int seconds = (int) (Arrays.stream(due).max().orElse(0) / 1_000_000_000L) + 1;
        long[][] bySecond = new long[seconds][];
        int[] counts = new int[seconds];
        for (long d : due) {
            counts[(int) (d / 1_000_000_000L)]++;
        }
        for (int s = 0; s < seconds; s++) {
            bySecond[s] = new long[counts[s]];
        }
        int[] filled = new int[seconds];
        for (int i = 0; i < due.length; i++) {
            int s = (int) (due[i] / 1_000_000_000L);
            bySecond[s][filled[s]++] = round.latencies_ns()[i];
        }
        StringBuilder line = new StringBuilder();
        for (long[] latencies : bySecond) {
            Arrays.sort(latencies);
            line.append(
                    latencies.length == 0 ? " -" : String.format(Locale.ROOT, " %.0f", percentile_ms(latencies, 0.99)));
        }
        return line.toString();
    }

    private static String pass(boolean met) {
        return met ? "PASS" : "MISS";
    }

    private static void closeQuietly(KeepAliveClient http) {
        try {
            http.close();
        } catch (IOException ignored) {
            // The next request connects again.
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
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
