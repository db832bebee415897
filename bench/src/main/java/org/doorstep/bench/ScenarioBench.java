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

    /**
     * {@code AccessAnalysis}'s nearest-facility phase summed over the categories, which run on several cores: the same
     * work as the bare sweep's sum over categories, whatever the number of cores.
     */
    private static final String NEAREST_PHASE = "nearest_cpu";

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
     * @return the run measured for the heap, for further scenarios on the same city
     */
    DoorstepPipeline.Run run(
            Supplier<CityData> source, @Nullable Path pbf, double wholeLimit_ms, double heapLimit_mib) {
        PhaseTimes times = new PhaseTimes(sourcePhase, "network", "population", "access");
        PhaseTimes nearest = new PhaseTimes("nearest");
        for (int i = 0; i < settings.warmups() + settings.runs(); i++) {
            boolean warmup = i < settings.warmups();
            progress(warmup ? "warm-up " + (i + 1) : "run " + (i - settings.warmups() + 1) + "/" + settings.runs());
            if (i == settings.warmups()) {
                times.clear();
                nearest.clear();
            }
            DoorstepPipeline.Run run = DoorstepPipeline.run(source, times);
            nearest.record(nearestPhase_ms(run) * 1_000_000);
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
        compareSearch(measured, nearest.minTotal_ms());
        if (pbf != null) {
            compareGraphHopper(pbf, measured, times.minTotal_ms());
        }
        return measured;
    }

    private static long nearestPhase_ms(DoorstepPipeline.Run run) {
        Long phase_ms = run.access().phaseTimes_ms().get(NEAREST_PHASE);
        if (phase_ms == null) {
            throw new IllegalStateException("AccessAnalysis reports no '" + NEAREST_PHASE + "' phase, only "
                    + run.access().phaseTimes_ms().keySet());
        }
        return phase_ms;
    }

    private void reportPhases(String engine, PhaseTimes times, double wholeLimit_ms) {
        for (int p = 0; p < times.phaseCount(); p++) {
            add(engine + " " + times.name(p), times.min_ms(p), "ms");
        }
        limit(engine + " whole (min of " + times.runs() + ")", times.minTotal_ms(), "ms", wholeLimit_ms);
    }

    /**
     * Two ratios: the search phase as {@code AccessAnalysis} reports it (its {@code nearest_cpu} phase: seeding, the search,
     * the buildings' times; whole ms per category), which the target is about, and the search kernel alone
     * ({@code MultiSourceSearch} from the same seeds), which shows how much of the phase is the search.
     */
    private void compareSearch(DoorstepPipeline.Run measured, double nearestPhase_ms) {
        SearchComparison.Outcome outcome =
                SearchComparison.run(measured.network(), measured.access(), DoorstepPipeline.PROFILE, settings.runs());
        double bare_ms = outcome.bareSweep_ns() / 1e6;
        add("bare Dijkstra sweep, all categories", bare_ms, "ms");
        add("doorstep search phase (access '" + NEAREST_PHASE + "')", nearestPhase_ms, "ms");
        limit("doorstep search phase / bare sweep", nearestPhase_ms / bare_ms, "x", 2);
        add("doorstep search kernel, all categories", outcome.engineSearch_ns() / 1e6, "ms");
        add("doorstep search kernel / bare sweep", outcome.engineSearch_ns() / 1e6 / bare_ms, "x");
        add("building-categories vs sweep", outcome.compared(), "");
        limit("doorstep nearest time above the sweep's", outcome.higher(), "", 0);
        add("doorstep nearest time below it (same edge)", outcome.lower(), "");
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
                doorstep[c][b] = withinLimit(
                        measured.access().category(categories.get(c)).nearestTime_ms(b));
                graphHopper[c][b] = length_mm[b] == Agreement.NONE
                        ? Agreement.NONE
                        : withinLimit(Math.round(length_mm[b] / speed_mps));
            }
        }
        Agreement agreement = Agreement.of(doorstep, graphHopper, AGREEMENT_TOLERANCE_MS);
        add("agreement: compared, both <= 30 min at 1 m/s", agreement.compared(), "");
        add("agreement: reached by doorstep only", agreement.onlyFirst(), "");
        add("agreement: reached by graphhopper only", agreement.onlySecond(), "");
        add("agreement: median |difference|", agreement.medianDiff_ms() / 1000.0, "s");
        add("agreement: p95 |difference|", agreement.p95Diff_ms() / 1000.0, "s");
        add("agreement: share within 60 s", agreement.withinShare(), "");
    }

    /**
     * GraphHopper's trees stop at {@link GraphHopperReference#TIME_LIMIT_MS} of its own foot time, mostly 5 km/h and so
     * faster than the engine's 1 m/s: nearly everything within that bound at 1 m/s lies inside the trees. Both sides are
     * cut there before comparing, so that "reached by one side only" means a difference, not the bound.
     */
    private static int withinLimit(long time_ms) {
        return time_ms <= GraphHopperReference.TIME_LIMIT_MS ? (int) time_ms : Agreement.NONE;
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
