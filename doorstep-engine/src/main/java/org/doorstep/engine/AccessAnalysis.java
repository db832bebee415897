package org.doorstep.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.access.WalkAccess;
import org.doorstep.engine.access.WhatIf;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.Snaps;
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
        requireBuildings(network, population);
        long start = System.nanoTime();
        List<ServiceCategory> categories = List.copyOf(options.categories());
        CategoryAccess[] results = new CategoryAccess[categories.size()];
        int workers =
                Math.max(1, Math.min(categories.size(), Runtime.getRuntime().availableProcessors()));
        WalkAccess[] access = new WalkAccess[workers];
        access[0] = walkAccess(network, profile);
        for (int w = 1; w < workers; w++) {
            access[w] = access[0].forAnotherThread();
        }
        // Categories are independent and each is computed from its own inputs only, so whichever worker takes one,
        // the bytes are the same. Workers take the next category from a queue, largest first (by facilities, which the
        // per-facility searches scale with): on the 2M city fixed turns left one core idle for seconds.
        int[] order = largestFirst(network, categories);
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
                int c = order[i];
                results[c] = evaluate(access[worker], network, population, categories.get(c), options);
            }
        });
        long elapsed_ms = (System.nanoTime() - start) / 1_000_000;
        EnumMap<ServiceCategory, CategoryAccess> byCategory = new EnumMap<>(ServiceCategory.class);
        long nearest_ms = 0;
        long catchment_ms = 0;
        for (CategoryAccess result : results) {
            nearest_ms += result.nearestPhase_ms();
            catchment_ms += result.catchmentPhase_ms();
            byCategory.put(result.category(), result);
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("network", network.buildTime_ms());
        phases.put("categories", elapsed_ms);
        phases.put("nearest_cpu", nearest_ms);
        phases.put("catchment_cpu", catchment_ms);
        return new AccessResult(profile, options, population.estimated(), byCategory, phases);
    }

    /**
     * The buildings each point (a candidate site, not a facility of the city) reaches within {@code bound_ms}, with
     * their times: the points are snapped by the network's snapper and walked exactly as a facility would be, so every
     * time equals what this analysis would give were the point a facility. Builds the profile's edge times and a
     * search, so call it once for many points.
     *
     * @param lonE7 longitudes of the points in 1e-7 degree
     * @param latE7 latitudes, as many as longitudes
     * @param bound_ms the largest time of interest, 0..{@code MultiSourceSearch.UNBOUNDED}
     */
    public static PointReach pointReach(
            CityNetwork network, WalkProfile profile, int[] lonE7, int[] latE7, int bound_ms) {
        Snaps points = network.snapper().snap(lonE7, latE7);
        return PointReach.of(walkAccess(network, profile), points, bound_ms);
    }

    /**
     * Starts a what-if session ({@link WhatIf}) on the network's facilities of one category: open, move or close one
     * facility at a time and read the updated nearest facilities, times, counts and coverage shares, which equal this
     * analysis run on the changed city. The session holds node labels and per-building results of its own; it is not
     * thread-safe.
     *
     * @param population residents and households per building, for the demand shares
     * @param options the minute thresholds (the catchment and decay are not used: 2SFCA is not updated)
     * @throws IllegalArgumentException if the population does not have one entry per building
     */
    public static WhatIf whatIf(
            CityNetwork network,
            Population population,
            WalkProfile profile,
            ServiceCategory category,
            AccessOptions options) {
        requireBuildings(network, population);
        return WhatIf.start(
                walkAccess(network, profile),
                network.snapper(),
                category,
                network.facilities().ofCategory(category),
                demand(population, category),
                options);
    }

    /** Category indexes by descending facility count, then ascending index. */
    private static int[] largestFirst(CityNetwork network, List<ServiceCategory> categories) {
        Integer[] order = new Integer[categories.size()];
        int[] size = new int[order.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
            size[c] = network.facilities().ofCategory(categories.get(c)).length;
        }
        Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
        int[] result = new int[order.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = order[i];
        }
        return result;
    }

    private static void requireBuildings(CityNetwork network, Population population) {
        int buildings = network.buildings().size();
        if (population.buildingCount() != buildings) {
            throw new IllegalArgumentException("population has " + population.buildingCount()
                    + " buildings but the city " + network.city().source() + " has " + buildings);
        }
    }

    private static WalkAccess walkAccess(CityNetwork network, WalkProfile profile) {
        return new WalkAccess(network.graph(), network.buildingSnaps(), network.facilitySnaps(), profile);
    }

    private static double[] demand(Population population, ServiceCategory category) {
        double[] demand = new double[population.buildingCount()];
        for (int b = 0; b < demand.length; b++) {
            demand[b] = population.demand(b, category.targetGroup());
        }
        return demand;
    }

    private static CategoryAccess evaluate(
            WalkAccess access,
            CityNetwork network,
            Population population,
            ServiceCategory category,
            AccessOptions options) {
        Facilities facilities = network.facilities();
        int[] ids = facilities.ofCategory(category);
        double[] supply = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            supply[k] = facilities.capacity(ids[k]);
        }
        return access.evaluate(category, ids, supply, demand(population, category), options);
    }
}
