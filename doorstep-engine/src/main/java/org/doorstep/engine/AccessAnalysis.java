package org.doorstep.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.WalkAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;

/**
 * Walking access of every residential building to every service category (design.md, "Per category" and "Supply and
 * demand"). For each category: the nearest facility and its walking time (one multi-source search), the number of
 * facilities within each minute threshold, and the 2SFCA and E2SFCA ratios with the category's target group as demand
 * and facility capacity as supply (one bounded search per facility serves both).
 *
 * <p>The walking model ({@link WalkAccess}): a building or facility stands on its snapped edge at its snap offset and
 * is joined to it by a straight walk of its snap distance at flat speed; walking part of an edge costs that part of the
 * edge's time (steps slowed down); points on one edge may also walk straight along it. Unsnapped buildings reach
 * nothing. Ties go to the lower facility id. Stateless and thread-safe: concurrent runs share nothing.
 */
public final class AccessAnalysis {

    private AccessAnalysis() {}

    /**
     * Evaluates the options' categories for one walking profile.
     *
     * @param population residents and households per building of {@code network}'s city
     * @throws IllegalArgumentException if the population does not have one entry per building
     */
    public static AccessResult run(
            CityNetwork network, Population population, WalkProfile profile, AccessOptions options) {
        int buildings = network.buildings().size();
        if (population.buildingCount() != buildings) {
            throw new IllegalArgumentException("population has " + population.buildingCount()
                    + " buildings but the city " + network.city().source() + " has " + buildings);
        }
        long start = System.nanoTime();
        WalkAccess access = new WalkAccess(network.graph(), network.buildingSnaps(), network.facilitySnaps(), profile);
        long prepare_ms = (System.nanoTime() - start) / 1_000_000;
        EnumMap<ServiceCategory, CategoryAccess> byCategory = new EnumMap<>(ServiceCategory.class);
        long nearest_ms = 0;
        long catchment_ms = 0;
        Facilities facilities = network.facilities();
        for (ServiceCategory category : options.categories()) {
            int[] ids = facilities.ofCategory(category);
            double[] supply = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                supply[k] = facilities.capacity(ids[k]);
            }
            double[] demand = new double[buildings];
            for (int b = 0; b < buildings; b++) {
                demand[b] = population.demand(b, category.targetGroup());
            }
            CategoryAccess result = access.evaluate(category, ids, supply, demand, options);
            nearest_ms += result.nearestPhase_ms();
            catchment_ms += result.catchmentPhase_ms();
            byCategory.put(category, result);
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("network", network.buildTime_ms());
        phases.put("prepare", prepare_ms);
        phases.put("nearest", nearest_ms);
        phases.put("catchment", catchment_ms);
        return new AccessResult(profile, options, population.estimated(), byCategory, phases);
    }
}
