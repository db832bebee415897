package org.doorstep.app.registry;

import java.util.Arrays;
import org.doorstep.engine.category.AgeBand;

/**
 * A building's registered population, unsuppressed, for system-level planning: households and residents per age band.
 */
public record BuildingPopulation(long buildingId, long households, long[] residentsByAgeBand) {

    public BuildingPopulation {
        if (residentsByAgeBand.length != AgeBand.COUNT) {
            throw new IllegalArgumentException("one count per age band is needed, got " + residentsByAgeBand.length);
        }
        residentsByAgeBand = residentsByAgeBand.clone();
    }

    /** Residents of one band. */
    public long residents(AgeBand band) {
        return residentsByAgeBand[band.ordinal()];
    }

    @Override
    public long[] residentsByAgeBand() {
        return residentsByAgeBand.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuildingPopulation that
                && buildingId == that.buildingId
                && households == that.households
                && Arrays.equals(residentsByAgeBand, that.residentsByAgeBand);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(buildingId) * 31 + Arrays.hashCode(residentsByAgeBand);
    }

    @Override
    public String toString() {
        return "BuildingPopulation[" + buildingId + ", " + households + " households, "
                + Arrays.toString(residentsByAgeBand) + "]";
    }
}
