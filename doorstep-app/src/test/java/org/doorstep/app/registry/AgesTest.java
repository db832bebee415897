package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doorstep.engine.category.AgeBand;
import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void ageCountsCompletedYearsAndALeapDayBirthdayFallsOnTheFirstOfMarch() {
        LocalDate leapBirth = LocalDate.of(2020, 2, 29);
        assertThat(Ages.age(leapBirth, LocalDate.of(2023, 2, 28))).isEqualTo(2);
        assertThat(Ages.age(leapBirth, LocalDate.of(2023, 3, 1))).isEqualTo(3);
        assertThat(Ages.band(LocalDate.of(1945, 6, 15), LocalDate.of(2025, 6, 14)))
                .isEqualTo(AgeBand.AGE_60_79);
        assertThat(Ages.band(LocalDate.of(1945, 6, 15), LocalDate.of(2025, 6, 15)))
                .isEqualTo(AgeBand.AGE_80_PLUS);
    }

    /**
     * The SQL cut-offs must agree with the ages computed in Java, day by day, across leap years (for births up to
     * today: the rules refuse later ones).
     */
    @Test
    void cutOffDateAgreesWithTheAgeOnEveryDay() {
        for (LocalDate today = LocalDate.of(2023, 1, 1);
                today.isBefore(LocalDate.of(2025, 1, 1));
                today = today.plusDays(1)) {
            for (AgeBand band : AgeBand.values()) {
                LocalDate cut = Ages.bornOnOrBefore(band.fromAge(), today);
                LocalDate last = cut.plusDays(2).isAfter(today) ? today : cut.plusDays(2);
                for (LocalDate birth = cut.minusDays(2); !birth.isAfter(last); birth = birth.plusDays(1)) {
                    assertThat(!birth.isAfter(cut))
                            .as("born %s, %d years on %s", birth, band.fromAge(), today)
                            .isEqualTo(Ages.age(birth, today) >= band.fromAge());
                }
            }
        }
    }
}
