package org.doorstep.engine.population;

import java.util.Arrays;
import org.doorstep.engine.category.AgeBand;

/**
 * The share of residents in each {@link AgeBand}, summing to 1. Immutable.
 *
 * <p>{@link #CHINA_2020} is the Seventh National Population Census (2020) of mainland China: 0–14 17.95 %, 15–59
 * 63.35 %, 60 and over 18.70 %, of whom 80 and over 2.54 % of the total (35.8 million of 1,411.8 million), so 60–79
 * 16.16 %. The census publishes the children in five-year groups, 0–4 5.52 %, 5–9 6.39 %, 10–14 6.04 %; each group is
 * spread evenly over its single years, giving 0–2 = 3/5 of 0–4 = 3.312 %, 3–5 = 2/5 of 0–4 + 1/5 of 5–9 = 3.486 %, 6–14
 * = 4/5 of 5–9 + 10–14 = 11.152 %. Births fell each year from 2017 to 2020, so the even spread slightly overstates 0–2
 * (to confirm against the census's single-year table, long table 1-7).
 */
public final class AgeStructure {

    /** Mainland China, 2020 census; see the class comment for the derivation. */
    public static final AgeStructure CHINA_2020 = of(0.03312, 0.03486, 0.11152, 0.6335, 0.1616, 0.0254);

    // A sum this close to 1 is rounding in the published percentages; farther is a mistake worth reporting.
    private static final double SUM_TOLERANCE = 1e-3;

    private final double[] shareByBand;

    private AgeStructure(double[] shareByBand) {
        this.shareByBand = shareByBand;
    }

    /**
     * An age structure from one share per band in {@link AgeBand} order. Shares must be finite, not negative, and sum
     * to 1 within 0.001; they are then scaled to sum to exactly 1.
     */
    public static AgeStructure of(double... sharesByBand) {
        if (sharesByBand.length != AgeBand.COUNT) {
            throw new IllegalArgumentException(
                    "age structure needs " + AgeBand.COUNT + " shares (0-2 .. 80+), got " + sharesByBand.length);
        }
        double sum = 0;
        for (int band = 0; band < AgeBand.COUNT; band++) {
            double share = sharesByBand[band];
            if (!(share >= 0) || Double.isInfinite(share)) {
                throw new IllegalArgumentException(
                        "age share of band " + AgeBand.values()[band].label() + " must be >= 0, got " + share);
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("age shares must sum to 1, got " + sum);
        }
        double[] scaled = new double[AgeBand.COUNT];
        for (int band = 0; band < AgeBand.COUNT; band++) {
            scaled[band] = sharesByBand[band] / sum;
        }
        return new AgeStructure(scaled);
    }

    /** The share of residents in {@code band}, 0..1. */
    public double share(AgeBand band) {
        return shareByBand[band.ordinal()];
    }

    /** All shares in {@link AgeBand} order, as a copy. */
    public double[] shares() {
        return Arrays.copyOf(shareByBand, shareByBand.length);
    }

    @Override
    public String toString() {
        return "AgeStructure" + Arrays.toString(shareByBand);
    }
}
