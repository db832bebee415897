package org.doorstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.doorstep.engine.TestCity.BLOCK;

import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;
import org.junit.jupiter.api.Test;

/** 2SFCA and E2SFCA on two facilities and three buildings, ratios computed by hand. */
class TwoStepFloatingCatchmentTest {

    /**
     * 100 m blocks at 1 m/s (100 s each), a 6-minute catchment (360 s), E2SFCA zones 0-2, 2-4, 4-6 min:
     * <pre>
     *   0 ------ 1 ------ 2 ------ 3 ------ 4 ------ 5
     *   A (10)   b0 (100)          b1 (200) B (30)   b2 (300)
     * </pre>
     * A reaches b0 in 100 s and b1 in 300 s (b2 at 500 s is out); B reaches b0 in 300 s, b1 and b2 in 100 s.
     */
    @Test
    void ratiosFollowFromSupplyDemandAndTimes() {
        TestCity city = new TestCity();
        for (int i = 0; i < 6; i++) {
            city.node(i * BLOCK, 0);
        }
        for (int i = 0; i < 5; i++) {
            city.edge(i, i + 1, 0);
        }
        int a = city.facility(ServiceCategory.SHOPPING, 0, 0, 10);
        int b = city.facility(ServiceCategory.SHOPPING, 4 * BLOCK, 0, 30);
        int b0 = city.building(BLOCK, 0);
        int b1 = city.building(3 * BLOCK, 0);
        int b2 = city.building(5 * BLOCK, 0);
        CityNetwork network = CityNetwork.build(city.build(), new NetworkOptions(300, 1));
        double[] residents = new double[3 * AgeBand.COUNT];
        residents[b0 * AgeBand.COUNT + AgeBand.AGE_15_59.ordinal()] = 100;
        residents[b1 * AgeBand.COUNT + AgeBand.AGE_15_59.ordinal()] = 200;
        residents[b2 * AgeBand.COUNT + AgeBand.AGE_15_59.ordinal()] = 300;
        Population population = Population.of(residents, new double[] {40, 80, 120}, false);

        CategoryAccess shops = AccessAnalysis.run(
                        network,
                        population,
                        new WalkProfile("test", 1.0, 1.0),
                        AccessOptions.defaults().withCatchment_min(6).withCategories(ServiceCategory.SHOPPING))
                .category(ServiceCategory.SHOPPING);

        double ratioA = 10.0 / (100 + 200);
        double ratioB = 30.0 / (100 + 200 + 300);
        assertThat(shops.facilityRatio(a)).isCloseTo(ratioA, within(1e-12));
        assertThat(shops.facilityRatio(b)).isCloseTo(ratioB, within(1e-12));
        assertThat(shops.ratio2sfca(b0)).isCloseTo(ratioA + ratioB, within(1e-12));
        assertThat(shops.ratio2sfca(b1)).isCloseTo(ratioA + ratioB, within(1e-12));
        assertThat(shops.ratio2sfca(b2)).isCloseTo(ratioB, within(1e-12));

        double decayedA = 10 / (100 * 1.00 + 200 * 0.22);
        double decayedB = 30 / (100 * 0.22 + 200 * 1.00 + 300 * 1.00);
        assertThat(shops.facilityRatioE2sfca(a)).isCloseTo(decayedA, within(1e-12));
        assertThat(shops.facilityRatioE2sfca(b)).isCloseTo(decayedB, within(1e-12));
        assertThat(shops.ratioE2sfca(b0)).isCloseTo(decayedA + 0.22 * decayedB, within(1e-12));
        assertThat(shops.ratioE2sfca(b1)).isCloseTo(0.22 * decayedA + decayedB, within(1e-12));
        assertThat(shops.ratioE2sfca(b2)).isCloseTo(decayedB, within(1e-12));
    }
}
