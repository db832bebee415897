package org.doorstep.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.app.registry.ResidentIdNumber;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.population.AgeStructure;
import org.junit.jupiter.api.Test;

class DemoPopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void housesAsManyResidentsAsTheFloorAreaHolds() {
        double floorArea_m2 = 36.5 * 237;
        List<SyntheticHousehold> households = new DemoPopulation(7, TODAY).householdsOf(3, floorArea_m2, "320102");

        assertThat(households.stream().mapToInt(h -> h.members().size()).sum()).isEqualTo(237);
        assertThat(households).allSatisfy(h -> {
            assertThat(h.building()).isEqualTo(3);
            assertThat(h.members()).hasSizeBetween(1, 5);
            assertThat(age(h.members().get(0))).as("head of household").isGreaterThanOrEqualTo(15);
        });
    }

    @Test
    void sameSeedGivesTheSameResidents() {
        assertThat(new DemoPopulation(11, TODAY).householdsOf(0, 5_000, "320102"))
                .isEqualTo(new DemoPopulation(11, TODAY).householdsOf(0, 5_000, "320102"));
    }

    @Test
    void idNumbersAreUniqueWellFormedAndMatchBirthAndSex() {
        DemoPopulation population = new DemoPopulation(3, TODAY);
        Set<String> seen = new HashSet<>();
        for (int b = 0; b < 400; b++) {
            for (SyntheticHousehold h : population.householdsOf(b, 2_000, "320102")) {
                for (SyntheticResident r : h.members()) {
                    String id = r.idNumber();
                    assertThat(seen.add(id)).as("unique " + id).isTrue();
                    assertThat(id).startsWith("320102").hasSize(18);
                    assertThat(id.substring(6, 14))
                            .isEqualTo(r.birthDate().toString().replace("-", ""));
                    assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(r.male());
                    assertThat(ResidentIdNumber.parse(id).value()).isEqualTo(id);
                }
            }
        }
        assertThat(seen.size()).isGreaterThan(20_000);
    }

    @Test
    void followsTheCensusAgeStructureAndMarksSpecialGroups() {
        DemoPopulation population = new DemoPopulation(5, TODAY);
        int[] byBand = new int[AgeBand.COUNT];
        int total = 0;
        int livingAloneElderly = 0;
        int difficultyNotElderly = 0;
        for (int b = 0; b < 1_000; b++) {
            for (SyntheticHousehold h : population.householdsOf(b, 3_650, "320102")) {
                for (SyntheticResident r : h.members()) {
                    byBand[AgeBand.ofAge(age(r)).ordinal()]++;
                    total++;
                    livingAloneElderly += r.livingAlone() ? 1 : 0;
                    difficultyNotElderly += r.difficultyKind() != null && age(r) < 60 ? 1 : 0;
                    assertThat(!r.livingAlone() || (h.members().size() == 1 && age(r) >= 60))
                            .isTrue();
                }
            }
        }
        // Heads of household are drawn from adults, which shifts the shares a little; the census shape must remain.
        for (AgeBand band : AgeBand.values()) {
            assertThat(byBand[band.ordinal()] / (double) total)
                    .as(band.label())
                    .isCloseTo(AgeStructure.CHINA_2020.share(band), within(0.06));
        }
        assertThat(livingAloneElderly).isPositive();
        assertThat(difficultyNotElderly).isZero();
    }

    private static int age(SyntheticResident r) {
        return Period.between(r.birthDate(), TODAY).getYears();
    }
}
