package org.doorstep.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a benchmark run, printed twice: a fixed-width table for people (with any notes under it), then one
 * line per figure for scripts ({@code BENCH <scenario> <figure> <value> <unit> <status>}, tab-separated, status
 * {@code PASS}, {@code MISS} or {@code -}). Not thread-safe.
 */
final class BenchReport {

    private record Figure(String scenario, String name, double value, String unit, String target, String status) {}

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A figure with no target. */
    void add(String scenario, String name, double value, String unit) {
        figures.add(new Figure(scenario, name, value, unit, "", "-"));
    }

    /** A figure that must stay at or below {@code limit}. */
    void addAtMost(String scenario, String name, double value, String unit, double limit) {
        String target = "<= " + format(limit);
        figures.add(new Figure(scenario, name, value, unit, target, value <= limit ? "PASS" : "MISS"));
    }

    /** A figure that must reach at least {@code floor}. */
    void addAtLeast(String scenario, String name, double value, String unit, double floor) {
        String target = ">= " + format(floor);
        figures.add(new Figure(scenario, name, value, unit, target, value >= floor ? "PASS" : "MISS"));
    }

    /** A remark printed under the table, such as how {@code --quick} changed a scenario. */
    void note(String text) {
        notes.add(text);
    }

    void print(PrintStream out) {
        String row = "%-14s %-48s %12s %-5s %-10s %s%n";
        out.printf(Locale.ROOT, row, "scenario", "figure", "value", "unit", "target", "status");
        out.println("-".repeat(100));
        for (Figure f : figures) {
            out.printf(Locale.ROOT, row, f.scenario, f.name, format(f.value), f.unit, f.target, f.status);
        }
        for (String note : notes) {
            out.println("note: " + note);
        }
        out.println();
        for (Figure f : figures) {
            out.printf(
                    Locale.ROOT,
                    "BENCH\t%s\t%s\t%s\t%s\t%s%n",
                    f.scenario,
                    key(f.name),
                    plain(f.value),
                    f.unit,
                    f.status);
        }
    }

    /** The figure's name as a script-friendly key: {@code engine search / bare sweep} is {@code engine_search_bare_sweep}. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.3f" : "%,.1f", value);
    }
}
