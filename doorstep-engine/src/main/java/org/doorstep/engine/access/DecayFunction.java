package org.doorstep.engine.access;

import java.util.Arrays;

/**
 * A stepwise distance-decay weight for the two-step floating catchment: travel time is cut into zones, each with a
 * weight; a time beyond the last zone weighs 0. A zone includes its end: with zones ending at 5, 10, 15 minutes, a time
 * of exactly 5 minutes lies in the first. Immutable.
 *
 * <p>{@link #luoQi2009(int)} is the enhanced 2SFCA of Luo and Qi (2009, Health &amp; Place 15, 1100–1107): three zones
 * weighted 1.00, 0.68 and 0.22, values they took from a Gaussian decay (their zones were 0–10, 10–20 and 20–30 minutes
 * of driving). Here the same weights are kept and the zones are the thirds of the walking catchment, so 0–5, 5–10 and
 * 10–15 minutes for the default 15-minute catchment.
 */
public final class DecayFunction {

    private static final double[] LUO_QI_WEIGHTS = {1.00, 0.68, 0.22};

    private final int[] zoneEnd_ms;
    private final double[] weight;

    private DecayFunction(int[] zoneEnd_ms, double[] weight) {
        this.zoneEnd_ms = zoneEnd_ms;
        this.weight = weight;
    }

    /**
     * Zones ending at the given times in ms (positive, strictly ascending), each with a weight in 0..1.
     *
     * @throws IllegalArgumentException naming the offending zone
     */
    public static DecayFunction stepwise(int[] zoneEnds_ms, double[] weights) {
        if (zoneEnds_ms.length == 0 || zoneEnds_ms.length != weights.length) {
            throw new IllegalArgumentException("decay needs one weight per zone and at least one zone, got "
                    + zoneEnds_ms.length + " zones and " + weights.length + " weights");
        }
        for (int z = 0; z < zoneEnds_ms.length; z++) {
            if (zoneEnds_ms[z] <= (z == 0 ? 0 : zoneEnds_ms[z - 1]) || !(weights[z] >= 0 && weights[z] <= 1)) {
                throw new IllegalArgumentException(
                        "decay zone " + z + " ending at " + zoneEnds_ms[z] + " ms with weight " + weights[z]
                                + ": zones must end in ascending order after 0 and weigh 0..1");
            }
        }
        return new DecayFunction(zoneEnds_ms.clone(), weights.clone());
    }

    /** Weight 1 up to the catchment, 0 beyond: the classic 2SFCA. */
    public static DecayFunction binary(int catchment_min) {
        return stepwise(new int[] {toMs(catchment_min)}, new double[] {1});
    }

    /** Luo and Qi's E2SFCA weights 1.00, 0.68, 0.22 over the three thirds of the catchment. */
    public static DecayFunction luoQi2009(int catchment_min) {
        int third_ms = toMs(catchment_min) / 3;
        int[] ends = {third_ms, 2 * third_ms, toMs(catchment_min)};
        return stepwise(ends, LUO_QI_WEIGHTS);
    }

    static int toMs(int minutes) {
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException("minutes must be 1..1440, got " + minutes);
        }
        return minutes * 60_000;
    }

    /** The weight of a trip of {@code time_ms}; 0 beyond the last zone. */
    public double weight(int time_ms) {
        for (int z = 0; z < zoneEnd_ms.length; z++) {
            if (time_ms <= zoneEnd_ms[z]) {
                return weight[z];
            }
        }
        return 0;
    }

    /** The end of the last zone in ms: no trip longer weighs anything. */
    public int reach_ms() {
        return zoneEnd_ms[zoneEnd_ms.length - 1];
    }

    @Override
    public String toString() {
        return "DecayFunction{zoneEnd_ms=" + Arrays.toString(zoneEnd_ms) + ", weight=" + Arrays.toString(weight) + "}";
    }
}
