package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void bandsFollowTheirLowerBounds() {
        int[][] cases = {
            {0, 0}, {2, 0}, {3, 1}, {5, 1}, {6, 2}, {14, 2}, {15, 3}, {59, 3}, {60, 4}, {79, 4}, {80, 5}, {104, 5}
        };
        for (int[] c : cases) {
            assertThat(AgeBand.ofAge(c[0])).as("age %d", c[0]).isEqualTo(AgeBand.values()[c[1]]);
        }
        assertThat(AgeBand.AGE_6_14.label()).isEqualTo("6–14");
        assertThat(AgeBand.AGE_80_PLUS.label()).isEqualTo("80+");
    }

    @Test
    void ageCountsCompletedYearsAndALeapDayBirthdayFallsOnTheFirstOfMarch() {
        LocalDate leapBirth = LocalDate.of(2020, 2, 29);
        assertThat(AgeBand.age(leapBirth, LocalDate.of(2023, 2, 28))).isEqualTo(2);
        assertThat(AgeBand.age(leapBirth, LocalDate.of(2023, 3, 1))).isEqualTo(3);
        assertThat(AgeBand.age(LocalDate.of(1945, 6, 15), LocalDate.of(2025, 6, 14)))
                .isEqualTo(79);
        assertThat(AgeBand.age(LocalDate.of(1945, 6, 15), LocalDate.of(2025, 6, 15)))
                .isEqualTo(80);
    }

    /** The SQL cut-offs must agree with the ages computed in Java, day by day, across leap years. */
    @Test
    void cutOffDateAgreesWithTheAgeOnEveryDay() {
        for (LocalDate today = LocalDate.of(2023, 1, 1);
                today.isBefore(LocalDate.of(2025, 1, 1));
                today = today.plusDays(1)) {
            for (int years : new int[] {3, 6, 80}) {
                LocalDate cut = AgeBand.bornOnOrBefore(years, today);
                for (LocalDate birth = cut.minusDays(2); !birth.isAfter(cut.plusDays(2)); birth = birth.plusDays(1)) {
                    assertThat(!birth.isAfter(cut))
                            .as("born %s, %d years on %s", birth, years, today)
                            .isEqualTo(AgeBand.age(birth, today) >= years);
                }
            }
        }
    }
}
