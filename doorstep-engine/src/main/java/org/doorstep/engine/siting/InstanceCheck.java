package org.doorstep.engine.siting;

import org.jspecify.annotations.Nullable;

/** Validation of the arrays of a {@link CoverageInstance}, each failure naming the array and the element. */
final class InstanceCheck {

    private InstanceCheck() {}

    static void check(
            double[] baseWeight,
            double @Nullable [] extraWeight,
            boolean @Nullable [] alreadyCovered,
            double[] cost,
            double[] floorArea_m2,
            int[] firstCovered,
            int[] covered) {
        nonNegative("base weight", baseWeight);
        if (extraWeight != null) {
            sameLength("extra weight", extraWeight.length, baseWeight.length);
            nonNegative("extra weight", extraWeight);
        }
        if (alreadyCovered != null) {
            sameLength("already covered", alreadyCovered.length, baseWeight.length);
        }
        nonNegative("cost", cost);
        sameLength("floor area", floorArea_m2.length, cost.length);
        sameLength("firstCovered", firstCovered.length, cost.length + 1);
        coverLists(baseWeight.length, firstCovered, covered);
    }

    private static void coverLists(int demandCount, int[] firstCovered, int[] covered) {
        if (firstCovered[0] != 0 || firstCovered[firstCovered.length - 1] != covered.length) {
            throw new IllegalArgumentException("firstCovered must start at 0 and end at covered.length ("
                    + covered.length + "), got " + firstCovered[0] + " .. " + firstCovered[firstCovered.length - 1]);
        }
        for (int c = 0; c + 1 < firstCovered.length; c++) {
            if (firstCovered[c + 1] < firstCovered[c]) {
                throw new IllegalArgumentException("firstCovered decreases at candidate " + c);
            }
            for (int k = firstCovered[c]; k < firstCovered[c + 1]; k++) {
                int point = covered[k];
                if (point < 0 || point >= demandCount) {
                    throw new IllegalArgumentException(
                            "candidate " + c + " covers point " + point + " outside 0.." + (demandCount - 1));
                }
                if (k > firstCovered[c] && point <= covered[k - 1]) {
                    throw new IllegalArgumentException("candidate " + c
                            + ": covered points must be strictly ascending, got " + covered[k - 1] + " then " + point);
                }
            }
        }
    }

    private static void nonNegative(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(what + " [" + i + "] must be finite and >= 0, got " + values[i]);
            }
        }
    }

    private static void sameLength(String what, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(what + " has " + length + " entries, expected " + expected);
        }
    }
}
