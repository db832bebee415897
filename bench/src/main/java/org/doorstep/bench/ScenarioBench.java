package org.doorstep.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.jspecify.annotations.Nullable;

/**
 * One city of the benchmark: the engine's pipeline (warm-up, then the minimum of several runs per phase), one more run
 * for the heap, the search against the bare sweep on that run's network, and, for a real file, GraphHopper on the same
 * file with the agreement of its nearest times. Adds its figures to the report. Not thread-safe.
 */
final class ScenarioBench {

    private static final long AGREEMENT_TOLERANCE_MS = 60_000;

    private final String name;
    private final String sourcePhase;
    private final BenchMain.Settings settings;
    private final BenchReport report;

    ScenarioBench(String name, String sourcePhase, BenchMain.Settings settings, BenchReport report) {
        this.name = name;
        this.sourcePhase = sourcePhase;
        this.settings = settings;
        this.report = report;
    }

    /**
     * @param pbf the file GraphHopper reads, or null for a generated city (no reference then)
     * @param wholeLimit_ms target of the whole evaluation, NaN for none
     * @param heapLimit_mib target of the peak heap, NaN for none
     */
    void run(Supplier<CityData> source, @Nullable Path pbf, double wholeLimit_ms, double heapLimit_mib) {
        PhaseTimes times = new PhaseTimes(sourcePhase, "network", "population", "access");
        for (int i = 0; i < settings.warmups(); i++) {
            progress("warm-up " + (i + 1));
            DoorstepPipeline.run(source, times);
        }
        times.clear();
        for (int i = 0; i < settings.runs(); i++) {
            progress("run " + (i + 1) + "/" + settings.runs());
            DoorstepPipeline.run(source, times);
        }
        reportPhases("doorstep", times, wholeLimit_ms);
        progress("heap run");
        HeapPeak.start();
        DoorstepPipeline.Run measured = DoorstepPipeline.run(source, new PhaseTimes(times.names()));
        double peak_mib = HeapPeak.peak_bytes() / BenchMain.MIB;
        add("doorstep live heap after the run (held)", HeapPeak.live_bytes() / BenchMain.MIB, "MiB");
        limit("doorstep peak heap (sum of pool peaks)", peak_mib, "MiB", heapLimit_mib);
        add("graph nodes", measured.network().graph().nodeCount(), "");
        add("buildings", measured.network().buildings().size(), "");
        add("facilities", measured.network().facilities().size(), "");
        progress("search against the bare sweep");
        compareSearch(measured);
        if (pbf != null) {
            compareGraphHopper(pbf, measured, times.minTotal_ms());
        }
    }

    private void reportPhases(String engine, PhaseTimes times, double wholeLimit_ms) {
        for (int p = 0; p < times.phaseCount(); p++) {
            add(engine + " " + times.name(p), times.min_ms(p), "ms");
        }
        limit(engine + " whole (min of " + times.runs() + ")", times.minTotal_ms(), "ms", wholeLimit_ms);
    }

    private void compareSearch(DoorstepPipeline.Run measured) {
        SearchComparison.Outcome outcome =
                SearchComparison.run(measured.network(), measured.access(), DoorstepPipeline.PROFILE, settings.runs());
        add(
                "access phase 'nearest' (engine's own clock)",
                measured.access().phaseTimes_ms().get("nearest"),
                "ms");
        add("engine search, all categories", outcome.engineSearch_ns() / 1e6, "ms");
        add("bare Dijkstra sweep, all categories", outcome.bareSweep_ns() / 1e6, "ms");
        limit("engine search / bare sweep", outcome.engineSearch_ns() / (double) outcome.bareSweep_ns(), "x", 2);
        add("building-categories vs sweep", outcome.compared(), "");
        limit("  engine slower than sweep's answer", outcome.higher(), "", 0);
        add("  engine quicker (same-edge walk)", outcome.lower(), "");
    }

    private void compareGraphHopper(Path pbf, DoorstepPipeline.Run measured, double doorstepWhole_ms) {
        PhaseTimes times = new PhaseTimes("import", "snapping", "spt per facility");
        GraphHopperResult last = null;
        int warmups = settings.quick() ? 0 : 1;
        for (int i = 0; i < warmups + settings.graphHopperRuns(); i++) {
            progress("GraphHopper " + (i < warmups ? "warm-up" : "run " + (i - warmups + 1)));
            if (i == warmups) {
                times.clear();
            }
            last = GraphHopperClassLoader.runReference(
                    pbf, measured.network().buildings(), measured.network().facilities());
            times.record(last.import_ns(), last.snap_ns(), last.search_ns());
        }
        reportPhases("graphhopper", times, Double.NaN);
        add("graphhopper trees", last.trees(), "");
        limit("graphhopper whole / doorstep whole", times.minTotal_ms() / doorstepWhole_ms, "x", -10);
        reportAgreement(measured, last);
    }

    private void reportAgreement(DoorstepPipeline.Run measured, GraphHopperResult gh) {
        List<ServiceCategory> categories = measured.access().categories();
        int[][] doorstep = new int[categories.size()][];
        int[][] graphHopper = new int[categories.size()][];
        double speed_mps = DoorstepPipeline.PROFILE.speed_mps();
        for (int c = 0; c < doorstep.length; c++) {
            int buildings = gh.buildingCount();
            doorstep[c] = new int[buildings];
            int[] length_mm = gh.nearestLength_mm(categories.get(c));
            graphHopper[c] = new int[buildings];
            for (int b = 0; b < buildings; b++) {
                doorstep[c][b] = measured.access().category(categories.get(c)).nearestTime_ms(b);
                graphHopper[c][b] =
                        length_mm[b] == Agreement.NONE ? Agreement.NONE : (int) Math.round(length_mm[b] / speed_mps);
            }
        }
        Agreement agreement = Agreement.of(doorstep, graphHopper, AGREEMENT_TOLERANCE_MS);
        add("agreement: building-categories compared", agreement.compared(), "");
        add("agreement: reached by doorstep only", agreement.onlyFirst(), "");
        add("agreement: reached by graphhopper only", agreement.onlySecond(), "");
        add("agreement: median |difference|", agreement.medianDiff_ms() / 1000.0, "s");
        add("agreement: p95 |difference|", agreement.p95Diff_ms() / 1000.0, "s");
        add("agreement: share within 60 s", agreement.withinShare(), "");
    }

    private void add(String figure, double value, String unit) {
        report.add(name, figure, value, unit);
    }

    /** A target: at most {@code limit}, or at least {@code -limit} when negative; none when NaN. */
    private void limit(String figure, double value, String unit, double limit) {
        if (Double.isNaN(limit)) {
            report.add(name, figure, value, unit);
        } else if (limit < 0) {
            report.addAtLeast(name, figure, value, unit, -limit);
        } else {
            report.addAtMost(name, figure, value, unit, limit);
        }
    }

    private void progress(String step) {
        System.err.println("bench: " + name + ": " + step);
    }
}
