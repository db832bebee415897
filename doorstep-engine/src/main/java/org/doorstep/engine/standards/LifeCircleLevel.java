package org.doorstep.engine.standards;

import java.util.Locale;

/**
 * The levels a standard rule belongs to. Levels are checked separately, never cumulatively: a facility of the 15-minute
 * level never counts toward the 5-minute set.
 */
public enum LifeCircleLevel {
    FIVE_MIN("5min"),
    TEN_MIN("10min"),
    FIFTEEN_MIN("15min"),
    /** The residential block (居住街坊), inside the 5-minute circle. */
    BLOCK("block"),
    /** The complete community (完整社区) and the embedded-facility rules, checked per community. */
    COMMUNITY("community"),
    /** City-wide parameters and programme targets, not checked per community. */
    CITY("city");

    private final String code;

    LifeCircleLevel(String code) {
        this.code = code;
    }

    /** The code used in standards files, for example {@code 5min}. */
    public String code() {
        return code;
    }

    /** The level with this code; {@link IllegalArgumentException} naming the known codes otherwise. */
    public static LifeCircleLevel ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (LifeCircleLevel level : values()) {
            if (level.code.equals(wanted)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "unknown level '" + code + "'; known: 5min, 10min, 15min, block, community, city");
    }
}
