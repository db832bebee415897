package org.doorstep.engine.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.doorstep.engine.category.ServiceCategory;

/**
 * What an access analysis computes: the minute thresholds for counts and coverage (default 5, 10, 15), the catchment
 * of the two-step floating catchment (default 15 minutes), the E2SFCA decay (default {@link DecayFunction#luoQi2009}
 * over the catchment) and the categories (default all). Immutable; change it with the {@code with…} methods.
 */
public final class AccessOptions {

    private static final AccessOptions DEFAULTS = new AccessOptions(
            new int[] {5, 10, 15}, 15, DecayFunction.luoQi2009(15), EnumSet.allOf(ServiceCategory.class));

    private final int[] thresholds_min;
    private final int catchment_min;
    private final DecayFunction decay;
    private final EnumSet<ServiceCategory> categories;

    private AccessOptions(
            int[] thresholds_min, int catchment_min, DecayFunction decay, Set<ServiceCategory> categories) {
        for (int i = 0; i < thresholds_min.length; i++) {
            DecayFunction.toMs(thresholds_min[i]);
            if (i > 0 && thresholds_min[i] <= thresholds_min[i - 1]) {
                throw new IllegalArgumentException(
                        "thresholds must be strictly ascending minutes, got " + Arrays.toString(thresholds_min));
            }
        }
        if (thresholds_min.length == 0) {
            throw new IllegalArgumentException("at least one minute threshold is needed");
        }
        if (decay.reach_ms() > DecayFunction.toMs(catchment_min)) {
            throw new IllegalArgumentException(
                    "decay " + decay + " reaches beyond the catchment of " + catchment_min + " min");
        }
        this.thresholds_min = thresholds_min.clone();
        this.catchment_min = catchment_min;
        this.decay = decay;
        this.categories = categories.isEmpty() ? EnumSet.noneOf(ServiceCategory.class) : EnumSet.copyOf(categories);
    }

    /** 5, 10 and 15 minutes; a 15-minute catchment with Luo and Qi's decay; every category. */
    public static AccessOptions defaults() {
        return DEFAULTS;
    }

    /** These options with other thresholds, in strictly ascending whole minutes. */
    public AccessOptions withThresholds_min(int... minutes) {
        return new AccessOptions(minutes, catchment_min, decay, categories);
    }

    /** These options with another catchment, and Luo and Qi's decay over it. */
    public AccessOptions withCatchment_min(int minutes) {
        return new AccessOptions(thresholds_min, minutes, DecayFunction.luoQi2009(minutes), categories);
    }

    /** These options with another E2SFCA decay, which must not reach beyond the catchment. */
    public AccessOptions withDecay(DecayFunction newDecay) {
        return new AccessOptions(thresholds_min, catchment_min, newDecay, categories);
    }

    /** These options for the given categories only. */
    public AccessOptions withCategories(ServiceCategory... wanted) {
        EnumSet<ServiceCategory> set = EnumSet.noneOf(ServiceCategory.class);
        set.addAll(Arrays.asList(wanted));
        return new AccessOptions(thresholds_min, catchment_min, decay, set);
    }

    /** The thresholds in minutes, ascending, as a copy. */
    public int[] thresholds_min() {
        return thresholds_min.clone();
    }

    public int catchment_min() {
        return catchment_min;
    }

    public DecayFunction decay() {
        return decay;
    }

    /** The categories to evaluate, in {@link ServiceCategory} order, as a copy. */
    public Set<ServiceCategory> categories() {
        return EnumSet.copyOf(categories);
    }

    /** Thresholds in ms, ascending. */
    int[] thresholds_ms() {
        int[] ms = new int[thresholds_min.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = DecayFunction.toMs(thresholds_min[i]);
        }
        return ms;
    }

    /** How far a per-facility search must look: the largest threshold or the catchment. */
    int reach_ms() {
        return Math.max(
                DecayFunction.toMs(thresholds_min[thresholds_min.length - 1]), DecayFunction.toMs(catchment_min));
    }
}
