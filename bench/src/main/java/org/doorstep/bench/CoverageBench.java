package org.doorstep.bench;

import java.util.Locale;
import org.doorstep.engine.siting.CoverageInstance;
import org.doorstep.engine.siting.ExactCoverage;
import org.doorstep.engine.siting.ExactLimits;
import org.doorstep.engine.siting.ExactSolution;
import org.doorstep.engine.siting.LazyGreedyCoverage;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.siting.SwapImprovement;

/**
 * The siting steps on a seeded maximal covering instance ({@link PlaneCoverage}, 500 m radius): the lazy greedy and
 * the swap pass (minimum of several runs after warm-up), then one exact solve hinted with their sites. Gaps are taken
 * against the exact solve's upper bound, which is the optimum when it proves optimality and above it otherwise, so a
 * gap never looks smaller than it is. The full run uses 50,000 points, 2,000 candidates and 50 sites; {@code --quick}
 * shrinks it to 25,000 points, 1,000 candidates and 25 sites (the same density of candidates per site), because the
 * exact step alone takes 7 to 12 s at full size. Not thread-safe.
 */
final class CoverageBench {

    private static final long SEED = 42;
    private static final double RADIUS_M = 500;
    private static final double GREEDY_LIMIT_MS = 2_000;
    private static final double GAP_LIMIT_PERCENT = 1;
    private static final ExactLimits EXACT_LIMITS = new ExactLimits(5_000, 200_000, 120);

    /** The size of the instance. */
    private record Size(String scenario, int points, int candidates, int sites) {}

    private static final Size FULL = new Size("coverage-50k", 50_000, 2_000, 50);
    private static final Size QUICK = new Size("coverage-25k", 25_000, 1_000, 25);

    private CoverageBench() {}

    static void run(BenchMain.Settings settings, BenchReport report) {
        Size size = settings.quick() ? QUICK : FULL;
        String scenario = size.scenario();
        if (settings.quick()) {
            report.note(String.format(
                    Locale.ROOT,
                    "%s: --quick shrinks the covering instance from %,d points, %,d candidates, %d sites, where the"
                            + " exact step takes 7 to 12 s",
                    scenario,
                    FULL.points(),
                    FULL.candidates(),
                    FULL.sites()));
        }
        System.err.println("bench: " + scenario + ": instance");
        CoverageInstance instance = PlaneCoverage.generate(SEED, size.points(), size.candidates(), RADIUS_M);
        SitingQuery query = SitingQuery.sites(size.sites());
        report.add(scenario, "demand points", instance.demandCount(), "");
        report.add(scenario, "candidate sites", instance.candidateCount(), "");
        report.add(scenario, "sites to place", size.sites(), "");
        System.err.println("bench: " + scenario + ": greedy and swap");
        PhaseTimes times = new PhaseTimes("greedy", "swap");
        int[] greedy = new int[0];
        int[] improved = new int[0];
        for (int i = 0; i < settings.warmups() + settings.runs(); i++) {
            if (i == settings.warmups()) {
                times.clear();
            }
            long t0 = System.nanoTime();
            greedy = LazyGreedyCoverage.select(instance, query);
            long t1 = System.nanoTime();
            improved = SwapImprovement.improve(instance, query, greedy);
            times.record(t1 - t0, System.nanoTime() - t1);
        }
        report.addAtMost(scenario, "greedy (min of " + times.runs() + ")", times.min_ms(0), "ms", GREEDY_LIMIT_MS);
        report.add(scenario, "swap pass (min of " + times.runs() + ")", times.min_ms(1), "ms");
        reportExact(scenario, instance, query, greedy, improved, report);
    }

    private static void reportExact(
            String scenario,
            CoverageInstance instance,
            SitingQuery query,
            int[] greedy,
            int[] improved,
            BenchReport report) {
        System.err.println("bench: " + scenario + ": exact");
        long start = System.nanoTime();
        ExactSolution exact = ExactCoverage.solve(instance, query, EXACT_LIMITS, improved)
                .orElseThrow(() -> new IllegalStateException(scenario + ": the instance exceeds " + EXACT_LIMITS));
        report.add(scenario, "exact (one run)", (System.nanoTime() - start) / 1e6, "ms");
        report.add(scenario, "exact proved optimal (1 yes, 0 no)", exact.optimal() ? 1 : 0, "");
        double bound = exact.upperBound();
        double greedyGap = 100 * (bound - coveredWeight(instance, greedy)) / bound;
        report.addAtMost(scenario, "greedy gap to the exact bound", greedyGap, "%", GAP_LIMIT_PERCENT);
        report.add(
                scenario,
                "greedy+swap gap to the exact bound",
                100 * (bound - coveredWeight(instance, improved)) / bound,
                "%");
    }

    /** The summed weight of the points at least one of the sites covers. */
    private static double coveredWeight(CoverageInstance instance, int[] sites) {
        boolean[] covered = new boolean[instance.demandCount()];
        double sum = 0;
        for (int site : sites) {
            for (int point : instance.coveredBy(site)) {
                if (!covered[point]) {
                    covered[point] = true;
                    sum += instance.weight(point);
                }
            }
        }
        return sum;
    }
}
