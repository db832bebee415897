package org.doorstep.engine.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times the phases of a run and prints each as it starts and ends, so that a long run shows where it is. The times go
 * into the summary too. Not thread-safe.
 */
final class PhaseClock {

    private final PrintStream progress;
    private final Map<String, Long> elapsed_ms = new LinkedHashMap<>();
    private final int phaseCount;
    private int phase;
    private String current = "";
    private long started_ns;

    PhaseClock(PrintStream progress, int phaseCount) {
        this.progress = progress;
        this.phaseCount = phaseCount;
    }

    /** Ends the running phase, if any, and starts the next. */
    void start(String name, String description) {
        end();
        phase++;
        current = name;
        progress.printf(Locale.ROOT, "[%d/%d] %s ...%n", phase, phaseCount, description);
        progress.flush();
        started_ns = System.nanoTime();
    }

    /** Ends the running phase and prints its time. */
    void end() {
        if (current.isEmpty()) {
            return;
        }
        long ms = (System.nanoTime() - started_ns) / 1_000_000;
        elapsed_ms.put(current, ms);
        progress.printf(Locale.ROOT, "      %s: %,d ms%n", current, ms);
        current = "";
    }

    /** Milliseconds per finished phase, in the order they ran. */
    Map<String, Long> elapsed_ms() {
        return elapsed_ms;
    }
}
