package org.doorstep.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.WalkProfile;

/**
 * The outcome of {@link AccessAnalysis#run}: one {@link CategoryAccess} per evaluated category, the inputs' settings,
 * whether the population was estimated, and the wall-clock time of each phase. Immutable and thread-safe.
 */
public final class AccessResult {

    private final WalkProfile profile;
    private final AccessOptions options;
    private final boolean populationEstimated;
    private final EnumMap<ServiceCategory, CategoryAccess> byCategory;
    private final Map<String, Long> phaseTimes_ms;

    AccessResult(
            WalkProfile profile,
            AccessOptions options,
            boolean populationEstimated,
            EnumMap<ServiceCategory, CategoryAccess> byCategory,
            Map<String, Long> phaseTimes_ms) {
        this.profile = profile;
        this.options = options;
        this.populationEstimated = populationEstimated;
        this.byCategory = new EnumMap<>(byCategory);
        this.phaseTimes_ms = Collections.unmodifiableMap(new LinkedHashMap<>(phaseTimes_ms));
    }

    public WalkProfile profile() {
        return profile;
    }

    public AccessOptions options() {
        return options;
    }

    /** True when demand came from an estimated population: every figure built on it must say so. */
    public boolean populationEstimated() {
        return populationEstimated;
    }

    /** The evaluated categories in {@link ServiceCategory} order. */
    public List<ServiceCategory> categories() {
        return Collections.unmodifiableList(new ArrayList<>(byCategory.keySet()));
    }

    /**
     * The access to one category.
     *
     * @throws IllegalArgumentException if the category was not evaluated
     */
    public CategoryAccess category(ServiceCategory category) {
        CategoryAccess access = byCategory.get(category);
        if (access == null) {
            throw new IllegalArgumentException(
                    "category " + category.code() + " was not evaluated; evaluated: " + categories());
        }
        return access;
    }

    /**
     * Wall-clock ms per phase, in order: {@code network} (islands and snapping, from {@link CityNetwork}), {@code
     * prepare} (edge times and indexes), {@code nearest} and {@code catchment} (summed over categories).
     */
    public Map<String, Long> phaseTimes_ms() {
        return phaseTimes_ms;
    }
}
