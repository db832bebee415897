package org.doorstep.engine.population;

import java.util.Arrays;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.TargetGroup;

/**
 * Residents per building and {@link AgeBand}, and households per building, indexed by building id. Counts are
 * {@code double} because an estimate spreads people over floor area; a registry's counts are whole numbers.
 * {@link #estimated()} says which it is, and every report built on it must say so too. Immutable and thread-safe.
 */
public final class Population {

    // Flat row-major: residents[building * AgeBand.COUNT + band].
    private final double[] residents;
    private final double[] households;
    private final boolean estimated;

    private Population(double[] residents, double[] households, boolean estimated) {
        this.residents = residents;
        this.households = households;
        this.estimated = estimated;
    }

    /**
     * A population from its columns, copied.
     *
     * @param residentsByBuildingAndBand residents, {@code [building * AgeBand.COUNT + band.ordinal()]}
     * @param households households per building
     * @param estimated true for an estimate, false for registry counts
     */
    public static Population of(double[] residentsByBuildingAndBand, double[] households, boolean estimated) {
        if (residentsByBuildingAndBand.length != households.length * AgeBand.COUNT) {
            throw new IllegalArgumentException("residents need " + AgeBand.COUNT + " bands for each of "
                    + households.length + " buildings, got " + residentsByBuildingAndBand.length + " values");
        }
        requireCounts(residentsByBuildingAndBand, "residents", AgeBand.COUNT);
        requireCounts(households, "households", 1);
        return new Population(
                Arrays.copyOf(residentsByBuildingAndBand, residentsByBuildingAndBand.length),
                Arrays.copyOf(households, households.length),
                estimated);
    }

    private static void requireCounts(double[] values, String what, int perBuilding) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(
                        what + " of building " + i / perBuilding + " must be finite and >= 0, got " + values[i]);
            }
        }
    }

    public int buildingCount() {
        return households.length;
    }

    /** True when the counts were estimated rather than taken from a registry. */
    public boolean estimated() {
        return estimated;
    }

    public double residents(int building, AgeBand band) {
        return residents[building * AgeBand.COUNT + band.ordinal()];
    }

    /** All residents of a building. */
    public double residents(int building) {
        double sum = 0;
        for (int band = 0; band < AgeBand.COUNT; band++) {
            sum += residents[building * AgeBand.COUNT + band];
        }
        return sum;
    }

    public double households(int building) {
        return households[building];
    }

    /** Demand of a building for a target group: {@link TargetGroup#demand} of its residents and households. */
    public double demand(int building, TargetGroup group) {
        int first = building * AgeBand.COUNT;
        return group.demand(Arrays.copyOfRange(residents, first, first + AgeBand.COUNT), households[building]);
    }

    public double totalResidents() {
        double sum = 0;
        for (double r : residents) {
            sum += r;
        }
        return sum;
    }

    public double totalResidents(AgeBand band) {
        double sum = 0;
        for (int i = band.ordinal(); i < residents.length; i += AgeBand.COUNT) {
            sum += residents[i];
        }
        return sum;
    }

    public double totalHouseholds() {
        double sum = 0;
        for (double h : households) {
            sum += h;
        }
        return sum;
    }
}
