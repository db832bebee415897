package org.doorstep.engine.standards;

import java.util.Locale;

/** What a standard rule states; the code is the {@code kind} column of a standards file. */
public enum RuleKind {
    /** A life-circle level and its walking distance (walk_distance_m). */
    LEVEL,
    /** A size of a level: residents, dwellings, area (min_count..max_count or target_value in unit). */
    LEVEL_SIZE,
    /** A model parameter, for example a walking speed (target_value in unit). */
    PARAMETER,
    /** A facility the level must provide within walking distance, with its minimum floor or land area. */
    FACILITY,
    /** An embedded service complex requirement: area or number of functions. */
    COMPLEX,
    /** Floor or land area per population (target_value m² per {@code per}). */
    AREA_PER_POPULATION,
    /** A programme target: a rate, a count per population, a year. */
    TARGET;

    /** The code used in standards files, for example {@code area_per_population}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this code; {@link IllegalArgumentException} naming the known codes otherwise. */
    public static RuleKind ofCode(String code) {
        for (RuleKind kind : values()) {
            if (kind.code().equals(code.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + code
                + "'; known: level, level_size, parameter, facility, complex, area_per_population, target");
    }
}
