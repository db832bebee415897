package org.doorstep.engine.category;

/**
 * The age bands of the registry and the population estimates (design.md): 0–2, 3–5, 6–14, 15–59, 60–79, 80+.
 * The ordinal is the column index in every per-band array of the engine.
 */
public enum AgeBand {
    AGE_0_2("0-2", 0, 2),
    AGE_3_5("3-5", 3, 5),
    AGE_6_14("6-14", 6, 14),
    AGE_15_59("15-59", 15, 59),
    AGE_60_79("60-79", 60, 79),
    AGE_80_PLUS("80+", 80, Integer.MAX_VALUE);

    /** Number of bands, the width of every per-band array. */
    public static final int COUNT = values().length;

    private final String label;
    private final int fromAge;
    private final int toAge;

    AgeBand(String label, int fromAge, int toAge) {
        this.label = label;
        this.fromAge = fromAge;
        this.toAge = toAge;
    }

    /** The band as printed in reports and CSV headers, for example {@code 60-79}. */
    public String label() {
        return label;
    }

    /** First age in whole years that belongs to the band. */
    public int fromAge() {
        return fromAge;
    }

    /** Last age in whole years that belongs to the band ({@link Integer#MAX_VALUE} for the open band). */
    public int toAge() {
        return toAge;
    }

    /** The band of an age in whole years; negative ages are refused. */
    public static AgeBand ofAge(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("age must not be negative: " + years);
        }
        for (AgeBand band : values()) {
            if (years <= band.toAge) {
                return band;
            }
        }
        throw new AssertionError("the last band is open-ended");
    }
}
