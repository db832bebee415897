package org.doorstep.app.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildAgeTest {

    @Test
    void childIsUnderThreeUntilTheDayBeforeItsThirdBirthday() {
        LocalDate birth = LocalDate.of(2022, 6, 15);
        assertThat(ChildAge.isUnderThree(birth, birth.plusYears(3).minusDays(1)))
                .isTrue();
        assertThat(ChildAge.months(birth, birth.plusYears(3).minusDays(1))).isEqualTo(35);
        assertThat(ChildAge.isUnderThree(birth, birth.plusYears(3))).isFalse();
    }

    @Test
    void monthsAreWholeMonthsCompletedSinceBirth() {
        LocalDate birth = LocalDate.of(2024, 1, 31);
        assertThat(ChildAge.months(birth, LocalDate.of(2024, 2, 29))).isZero();
        assertThat(ChildAge.months(birth, LocalDate.of(2024, 3, 31))).isEqualTo(2);
    }

    @Test
    void childNotYetBornIsNotTaken() {
        LocalDate day = LocalDate.of(2025, 6, 15);
        assertThat(ChildAge.isUnderThree(day.plusDays(1), day)).isFalse();
    }
}
