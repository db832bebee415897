package org.doorstep.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a round's CPU went: this JVM (the server with the benchmark's clients) and the PostgreSQL processes of this
 * machine, read from Linux's {@code /proc/<pid>/schedstat} (nanoseconds on a CPU). Per booking, they say whether the
 * server or the database bears a cost, and, between runs made back to back, what a change to the booking path saves;
 * a machine slowed by its neighbours raises them as it lowers the rates. Zero for PostgreSQL where {@code /proc} is not
 * Linux's.
 */
final class CpuShares {

    /**
     * CPU time so far, in nanoseconds, and this JVM's time so far compiling (JIT) and collecting garbage, in
     * milliseconds: a round that still compiles, or that collects long, measures those too.
     */
    record Sample(long jvm_ns, long postgres_ns, long compiling_ms, long collecting_ms) {

        Sample minus(Sample earlier) {
            return new Sample(
                    jvm_ns - earlier.jvm_ns,
                    postgres_ns - earlier.postgres_ns,
                    compiling_ms - earlier.compiling_ms,
                    collecting_ms - earlier.collecting_ms);
        }
    }

    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private CpuShares() {}

    static Sample now() {
        long collecting_ms = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
        return new Sample(
                OS.getProcessCpuTime(),
                postgres_ns(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                collecting_ms);
    }

    /** The CPU time of every process named postgres (server, backends, WAL writer, autovacuum) still running. */
    private static long postgres_ns() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> "postgres".equals(read(p.resolve("comm"))))
                    .mapToLong(p -> onCpu_ns(read(p.resolve("schedstat"))))
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long onCpu_ns(String schedstat) {
        int space = schedstat.indexOf(' ');
        return space <= 0 ? 0 : Long.parseLong(schedstat.substring(0, space));
    }

    /** A small file's text, trimmed; empty where the process ended in between. */
    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
