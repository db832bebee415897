package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.WhatIf;
import org.doorstep.engine.access.WhatIfChange;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.generate.CityGenerator;
import org.doorstep.engine.generate.CitySpec;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.osm.OsmCityReader;
import org.doorstep.engine.osm.OsmImportOptions;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.population.PopulationEstimator;
import org.junit.jupiter.api.Test;

/**
 * How long one what-if change takes on Liechtenstein and on a generated 2-million-node city, warm, the minimum and the
 * median of several runs of each kind: printed figures to watch (goal: 100 ms a change), not a timed assertion.
 */
class WhatIfBenchIT {

    private static final int RUNS = 15;

    @Test
    void liechtenstein() throws Exception {
        bench(OsmCityReader.read(SharedData.osm("li-liechtenstein.osm.pbf"), OsmImportOptions.defaults()));
    }

    @Test
    void generatedTwoMillionNodes() {
        bench(CityGenerator.generate(CitySpec.ofNodes(42, 2_000_000)).city());
    }

    private static void bench(CityData city) {
        CityNetwork network = CityNetwork.build(city, NetworkOptions.DEFAULTS);
        Population population = PopulationEstimator.CHINA_URBAN_2020.estimate(city.buildings());
        for (ServiceCategory category : new ServiceCategory[] {ServiceCategory.SHOPPING, ServiceCategory.SCHOOL}) {
            long start = System.nanoTime();
            WhatIf session =
                    AccessAnalysis.whatIf(network, population, WalkProfile.GENERAL, category, AccessOptions.defaults());
            long setup_ms = (System.nanoTime() - start) / 1_000_000;
            int[] ids = city.facilities().ofCategory(category);
            assertThat(ids)
                    .as("%s has facilities of %s", city.source(), category.code())
                    .isNotEmpty();
            Random random = new Random(7);
            long[][] times_ns = new long[3][RUNS];
            int[] changed = new int[3];
            for (int run = 0; run < RUNS; run++) {
                int b = random.nextInt(city.buildings().size());
                WhatIfChange opened = session.openFacility(
                        city.buildings().lonE7(b), city.buildings().latE7(b));
                WhatIfChange closed = session.closeFacility(opened.facility());
                int f = ids[random.nextInt(ids.length)];
                int lon = city.facilities().lonE7(f);
                int lat = city.facilities().latE7(f);
                WhatIfChange moved = session.moveFacility(
                        f, city.buildings().lonE7(b), city.buildings().latE7(b));
                session.moveFacility(f, lon, lat);
                times_ns[0][run] = opened.elapsed_ns();
                times_ns[1][run] = closed.elapsed_ns();
                times_ns[2][run] = moved.elapsed_ns();
                changed[0] = Math.max(changed[0], opened.changedCount());
                changed[2] = Math.max(changed[2], moved.changedCount());
            }
            System.out.printf(
                    Locale.ROOT,
                    "what-if %s, %s: %d nodes, %d buildings, %d facilities; session start %d ms;"
                            + " open %s, close %s, move %s (ms, min/median of %d); most changed buildings: open %d,"
                            + " move %d%n",
                    city.source(),
                    category.code(),
                    city.graph().nodeCount(),
                    city.buildings().size(),
                    ids.length,
                    setup_ms,
                    minMedian(times_ns[0]),
                    minMedian(times_ns[1]),
                    minMedian(times_ns[2]),
                    RUNS,
                    changed[0],
                    changed[2]);
        }
    }

    private static String minMedian(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f/%.2f", sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6);
    }
}
