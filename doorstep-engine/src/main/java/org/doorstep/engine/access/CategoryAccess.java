package org.doorstep.engine.access;

import java.util.Arrays;
import org.doorstep.engine.category.ServiceCategory;

/**
 * Walking access of every building to one service category: the nearest facility and its time, the number of
 * facilities within each minute threshold, the 2SFCA and E2SFCA ratios, and coverage shares. Buildings and facilities
 * are indexed by their ids in the city. "Within" a threshold includes it: a time of exactly 5:00 is within 5 minutes.
 * Immutable and thread-safe.
 */
public final class CategoryAccess {

    /** The nearest facility of every building. */
    record Nearest(int[] time_ms, int[] facility) {}

    private final ServiceCategory category;
    private final int[] thresholds_min;
    private final int[] nearestTime_ms;
    private final int[] nearestFacility;
    private final int[] countWithin;
    private final int[] facilityIds;
    private final TwoStepFloatingCatchment classic;
    private final TwoStepFloatingCatchment enhanced;
    private final double[] demand;
    private final long[] phase_ms;

    CategoryAccess(
            ServiceCategory category,
            int[] thresholds_min,
            Nearest nearest,
            int[] countWithin,
            int[] facilityIds,
            TwoStepFloatingCatchment classic,
            TwoStepFloatingCatchment enhanced,
            double[] demand,
            long[] phase_ms) {
        this.category = category;
        this.thresholds_min = thresholds_min;
        this.nearestTime_ms = nearest.time_ms();
        this.nearestFacility = nearest.facility();
        this.countWithin = countWithin;
        this.facilityIds = facilityIds;
        this.classic = classic;
        this.enhanced = enhanced;
        this.demand = demand;
        this.phase_ms = phase_ms;
    }

    public ServiceCategory category() {
        return category;
    }

    public int buildingCount() {
        return nearestTime_ms.length;
    }

    /** The minute thresholds, ascending, as a copy; {@code thresholdIndex} arguments index this array. */
    public int[] thresholds_min() {
        return thresholds_min.clone();
    }

    /** The category's facility ids, ascending, as a copy (including unsnapped ones). */
    public int[] facilityIds() {
        return facilityIds.clone();
    }

    /** Walking time in ms to the nearest facility, {@link Integer#MAX_VALUE} if none is reachable or b is unsnapped. */
    public int nearestTime_ms(int building) {
        return nearestTime_ms[building];
    }

    /** Id of the nearest facility (the lowest id among equally near ones), or -1 if none is reachable. */
    public int nearestFacility(int building) {
        return nearestFacility[building];
    }

    /** Number of the category's facilities within threshold {@code thresholdIndex} of the building. */
    public int countWithin(int thresholdIndex, int building) {
        return countWithin[thresholdIndex * nearestTime_ms.length + building];
    }

    /** The building's 2SFCA accessibility (supply per unit of demand within the catchment); 0 if it reaches nothing. */
    public double ratio2sfca(int building) {
        return classic.accessibility[building];
    }

    /** The building's E2SFCA accessibility, with the options' distance decay; 0 if it reaches nothing. */
    public double ratioE2sfca(int building) {
        return enhanced.accessibility[building];
    }

    /**
     * A facility's 2SFCA supply-to-demand ratio; {@code NaN} if it is unsnapped or has no demand within its catchment.
     *
     * @throws IllegalArgumentException if the facility is not of this category
     */
    public double facilityRatio(int facility) {
        return classic.facilityRatio[indexOf(facility)];
    }

    /** A facility's E2SFCA supply-to-demand ratio, as {@link #facilityRatio} with the distance decay. */
    public double facilityRatioE2sfca(int facility) {
        return enhanced.facilityRatio[indexOf(facility)];
    }

    private int indexOf(int facility) {
        int index = Arrays.binarySearch(facilityIds, facility);
        if (index < 0) {
            throw new IllegalArgumentException("facility " + facility + " is not of category " + category.code());
        }
        return index;
    }

    /** The building's demand for this category (its target group's weighted residents, or its households). */
    public double demand(int building) {
        return demand[building];
    }

    /** Share of all buildings (unsnapped ones included, as not covered) within the threshold; NaN without buildings. */
    public double buildingShareWithin(int thresholdIndex) {
        return buildingShare(nearestTime_ms, DecayFunction.toMs(thresholds_min[thresholdIndex]));
    }

    /** Share of the category's total demand living within the threshold; NaN when there is no demand at all. */
    public double demandShareWithin(int thresholdIndex) {
        return demandShare(nearestTime_ms, demand, DecayFunction.toMs(thresholds_min[thresholdIndex]));
    }

    /** Share of buildings whose nearest time is within {@code limit_ms}; NaN without buildings. */
    static double buildingShare(int[] nearestTime_ms, int limit_ms) {
        int covered = 0;
        for (int time : nearestTime_ms) {
            if (time <= limit_ms) {
                covered++;
            }
        }
        return nearestTime_ms.length == 0 ? Double.NaN : covered / (double) nearestTime_ms.length;
    }

    /** Share of demand in buildings whose nearest time is within {@code limit_ms}, summed in building order. */
    static double demandShare(int[] nearestTime_ms, double[] demand, int limit_ms) {
        double covered = 0;
        double total = 0;
        for (int b = 0; b < demand.length; b++) {
            total += demand[b];
            if (nearestTime_ms[b] <= limit_ms) {
                covered += demand[b];
            }
        }
        return total > 0 ? covered / total : Double.NaN;
    }

    /** Wall-clock ms spent on the nearest-facility search (informative, for the run summary). */
    public long nearestPhase_ms() {
        return phase_ms[0];
    }

    /** Wall-clock ms spent on the per-facility searches, threshold counts and both 2SFCA variants. */
    public long catchmentPhase_ms() {
        return phase_ms[1];
    }
}
