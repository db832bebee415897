package org.doorstep.app.registry;

import java.time.LocalDate;
import java.time.Period;
import org.doorstep.engine.category.AgeBand;

/**
 * Ages from birth dates, for the age bands the registry shares with the engine's population estimates
 * ({@link AgeBand}: only the band definitions are shared, nothing of the engine is run). Stateless.
 */
final class Ages {

    private Ages() {}

    /**
     * The age in whole years on a day: the years completed since the birth date. Someone born on 29 February turns a
     * year older on 1 March in common years.
     */
    static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    static AgeBand band(LocalDate birthDate, LocalDate today) {
        return AgeBand.ofAge(age(birthDate, today));
    }

    /**
     * The latest birth date of anyone at least {@code years} old on {@code today}: {@code age(b, today) >= years}
     * exactly when {@code b} is on or before it. Queries compare birth dates with it instead of computing ages in SQL.
     */
    static LocalDate bornOnOrBefore(int years, LocalDate today) {
        return today.minusYears(years);
    }
}
