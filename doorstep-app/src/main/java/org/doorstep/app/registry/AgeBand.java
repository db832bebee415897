package org.doorstep.app.registry;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age bands of the registry and the planning estimates: 0–2 (childcare), 3–5 (kindergarten), 6–14 (school),
 * 15–59, 60–79 and 80+ (the elderly, with the very old apart).
 */
public enum AgeBand {
    AGE_0_2(0),
    AGE_3_5(3),
    AGE_6_14(6),
    AGE_15_59(15),
    AGE_60_79(60),
    AGE_80_PLUS(80);

    private final int fromAge;

    AgeBand(int fromAge) {
        this.fromAge = fromAge;
    }

    /** The youngest age in the band, in whole years. */
    public int fromAge() {
        return fromAge;
    }

    /** The band's label, {@code 0–2} or {@code 80+}. */
    public String label() {
        AgeBand next = ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
        return next == null ? fromAge + "+" : fromAge + "–" + (next.fromAge - 1);
    }

    /** The band of an age in whole years (0 or more). */
    public static AgeBand ofAge(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("an age cannot be negative: " + age);
        }
        AgeBand band = AGE_0_2;
        for (AgeBand candidate : values()) {
            if (age >= candidate.fromAge) {
                band = candidate;
            }
        }
        return band;
    }

    /**
     * The age in whole years on a day: the years completed since the birth date. Someone born on 29 February turns a
     * year older on 1 March in common years.
     */
    public static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /**
     * The latest birth date of anyone at least {@code age} years old on {@code today}: {@code age(b, today) >= age}
     * exactly when {@code b} is on or before it. Queries compare birth dates with it instead of computing ages in SQL.
     */
    static LocalDate bornOnOrBefore(int age, LocalDate today) {
        return today.minusYears(age);
    }
}
