package org.doorstep.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.WhatIf;
import org.doorstep.engine.access.WhatIfChange;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Facilities;

/**
 * One what-if change on a city the pipeline has already built: per category, a session is started and then, round by
 * round, a facility is opened at a random building and closed again, and a random existing facility is moved to that
 * building and back. Each change reports its own {@link WhatIfChange#elapsed_ns()}; the figures are the median per kind
 * after warm-up rounds. The target (100 ms a change) is held against the worst of those medians over kinds and
 * categories, the strictest summary. Not thread-safe.
 */
final class WhatIfBench {

    /** One category with many facilities, one with few (long repairs when one closes). */
    private static final ServiceCategory[] CATEGORIES = {ServiceCategory.SHOPPING, ServiceCategory.SCHOOL};

    private static final String[] KINDS = {"open", "close", "move"};
    private static final double CHANGE_LIMIT_MS = 100;
    private static final long SEED = 7;

    private WhatIfBench() {}

    static void run(String scenario, DoorstepPipeline.Run measured, BenchMain.Settings settings, BenchReport report) {
        int rounds = settings.quick() ? 7 : 15;
        double worst_ms = 0;
        for (ServiceCategory category : CATEGORIES) {
            System.err.println("bench: " + scenario + ": what-if " + category.code());
            long start = System.nanoTime();
            WhatIf session = AccessAnalysis.whatIf(
                    measured.network(),
                    measured.population(),
                    DoorstepPipeline.PROFILE,
                    category,
                    AccessOptions.defaults());
            report.add(
                    scenario, "what-if " + category.code() + " session start", (System.nanoTime() - start) / 1e6, "ms");
            long[][] times_ns = changes(session, measured, category, settings.warmups(), rounds);
            for (int k = 0; k < KINDS.length; k++) {
                double median_ms = median(times_ns[k]) / 1e6;
                worst_ms = Math.max(worst_ms, median_ms);
                String name = "what-if " + category.code() + " " + KINDS[k] + " (median of " + rounds + ")";
                report.add(scenario, name, median_ms, "ms");
            }
        }
        report.addAtMost(scenario, "what-if change, worst median of kinds", worst_ms, "ms", CHANGE_LIMIT_MS);
    }

    /** Elapsed time of each kind of change in each measured round, after {@code warmups} unrecorded rounds. */
    private static long[][] changes(
            WhatIf session, DoorstepPipeline.Run measured, ServiceCategory category, int warmups, int rounds) {
        Buildings buildings = measured.network().buildings();
        Facilities facilities = measured.network().facilities();
        int[] ids = facilities.ofCategory(category);
        if (ids.length == 0) {
            throw new IllegalStateException("cannot benchmark what-if: no facility of " + category.code());
        }
        SplittableRandom random = new SplittableRandom(SEED);
        long[][] times_ns = new long[KINDS.length][rounds];
        for (int round = -warmups; round < rounds; round++) {
            int b = random.nextInt(buildings.size());
            int f = ids[random.nextInt(ids.length)];
            WhatIfChange opened = session.openFacility(buildings.lonE7(b), buildings.latE7(b));
            WhatIfChange closed = session.closeFacility(opened.facility());
            WhatIfChange moved = session.moveFacility(f, buildings.lonE7(b), buildings.latE7(b));
            session.moveFacility(f, facilities.lonE7(f), facilities.latE7(f));
            if (round >= 0) {
                times_ns[0][round] = opened.elapsed_ns();
                times_ns[1][round] = closed.elapsed_ns();
                times_ns[2][round] = moved.elapsed_ns();
            }
        }
        return times_ns;
    }

    /** The middle value (the upper one of an even count). */
    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
