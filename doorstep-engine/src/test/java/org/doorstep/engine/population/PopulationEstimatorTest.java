package org.doorstep.engine.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.TargetGroup;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.OsmRef;
import org.junit.jupiter.api.Test;

class PopulationEstimatorTest {

    @Test
    void chinaCensusSharesAddUpAndMatchThePublishedBroadGroups() {
        AgeStructure census = AgeStructure.CHINA_2020;
        double children =
                census.share(AgeBand.AGE_0_2) + census.share(AgeBand.AGE_3_5) + census.share(AgeBand.AGE_6_14);
        assertThat(children).isCloseTo(0.1795, within(1e-9));
        assertThat(census.share(AgeBand.AGE_15_59)).isCloseTo(0.6335, within(1e-9));
        assertThat(census.share(AgeBand.AGE_60_79) + census.share(AgeBand.AGE_80_PLUS))
                .isCloseTo(0.1870, within(1e-9));
        // 0-2 is three of the five years 0-4 (5.52 %)
        assertThat(census.share(AgeBand.AGE_0_2)).isCloseTo(0.0552 * 3 / 5, within(1e-9));
    }

    @Test
    void spreadsResidentsOverFloorAreaAndFlagsTheEstimate() {
        Buildings.Builder builder = new Buildings.Builder();
        builder.add(OsmRef.of(OsmRef.WAY, 1), 0, 0, 365, 2, false); // 730 m²: 20 residents at 36.5 m²
        builder.add(OsmRef.of(OsmRef.WAY, 2), 0, 0, 73, 1, true); // 73 m²: 2 residents
        Buildings buildings = builder.build();

        Population population = PopulationEstimator.CHINA_URBAN_2020.estimate(buildings);

        assertThat(population.estimated()).isTrue();
        assertThat(population.residents(0)).isCloseTo(20, within(1e-9));
        assertThat(population.residents(1)).isCloseTo(2, within(1e-9));
        assertThat(population.households(0)).isCloseTo(20 / 2.62, within(1e-9));
        assertThat(population.residents(0, AgeBand.AGE_80_PLUS)).isCloseTo(20 * 0.0254, within(1e-9));
        assertThat(population.demand(0, TargetGroup.ELDERLY)).isCloseTo(20 * 0.1870, within(1e-9));
        assertThat(population.demand(1, TargetGroup.HOUSEHOLDS)).isCloseTo(2 / 2.62, within(1e-9));
        assertThat(population.totalResidents()).isCloseTo(22, within(1e-9));
    }

    @Test
    void spreadsAKnownTotalInProportionToFloorArea() {
        Buildings.Builder builder = new Buildings.Builder();
        builder.add(OsmRef.of(OsmRef.WAY, 1), 0, 0, 300, 1, false);
        builder.add(OsmRef.of(OsmRef.WAY, 2), 0, 0, 100, 1, false);

        Population population = PopulationEstimator.CHINA_URBAN_2020.estimateFromTotal(builder.build(), 1000);

        assertThat(population.residents(0)).isCloseTo(750, within(1e-9));
        assertThat(population.residents(1)).isCloseTo(250, within(1e-9));
    }

    @Test
    void refusesSharesThatDoNotAddUp() {
        assertThatThrownBy(() -> AgeStructure.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1)).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> Population.of(new double[AgeBand.COUNT], new double[] {-1}, true))
                .hasMessageContaining("households of building 0");
    }
}
