package org.doorstep.app.childcare;

import java.time.LocalDate;
import java.time.Period;

/**
 * A child's age in whole months on a day, from the birth date: the months completed since birth
 * ({@link Period#toTotalMonths()}; a child born on 31 January is one month old on 28 or 29 February). Childcare takes
 * children "under 3": fewer than 36 whole months on the day of the class, so a child is no longer taken from its third
 * birthday on. Stateless.
 */
final class ChildAge {

    static final int UNDER_MONTHS = 36;

    private ChildAge() {}

    static int months(LocalDate birthDate, LocalDate day) {
        return (int) Period.between(birthDate, day).toTotalMonths();
    }

    static boolean isUnderThree(LocalDate birthDate, LocalDate day) {
        return !birthDate.isAfter(day) && months(birthDate, day) < UNDER_MONTHS;
    }
}
