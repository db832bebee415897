package org.doorstep.engine.population;

import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.city.Buildings;

/**
 * Estimates residents and households where no registry exists, by spreading people over residential floor area
 * (design.md): each building gets {@code floorArea_m2 / floorAreaPerPerson_m2} residents, split by the age structure,
 * and {@code residents / personsPerHousehold} households. The result is always flagged {@link Population#estimated()}.
 *
 * <p>Defaults ({@link #CHINA_URBAN_2020}): 36.5 m² of living space per person, the urban figure of the 2020 census;
 * 2.62 persons per household, the national average household size of the same census; the {@link AgeStructure#CHINA_2020}
 * age structure. Immutable and thread-safe.
 *
 * @param floorAreaPerPerson_m2 residential floor area per resident, positive
 * @param personsPerHousehold average household size, positive
 * @param ages the share of residents in each age band
 */
public record PopulationEstimator(double floorAreaPerPerson_m2, double personsPerHousehold, AgeStructure ages) {

    /** Urban China, 2020 census: 36.5 m² per person, 2.62 persons per household, the census age structure. */
    public static final PopulationEstimator CHINA_URBAN_2020 =
            new PopulationEstimator(36.5, 2.62, AgeStructure.CHINA_2020);

    public PopulationEstimator {
        if (!(floorAreaPerPerson_m2 > 0) || !(personsPerHousehold > 0)) {
            throw new IllegalArgumentException("floor area per person (" + floorAreaPerPerson_m2
                    + " m²) and persons per household (" + personsPerHousehold + ") must be > 0");
        }
    }

    /** Residents from floor area at {@code floorAreaPerPerson_m2}. */
    public Population estimate(Buildings buildings) {
        return spread(buildings, 1 / floorAreaPerPerson_m2);
    }

    /**
     * Spreads a known total of residents (a district's census count) over the buildings in proportion to their
     * residential floor area. Buildings without floor area get nobody; if there is no floor area at all, nobody lives
     * anywhere and the total must be 0.
     */
    public Population estimateFromTotal(Buildings buildings, double totalResidents) {
        if (!(totalResidents >= 0) || Double.isInfinite(totalResidents)) {
            throw new IllegalArgumentException("total residents must be finite and >= 0, got " + totalResidents);
        }
        double area = buildings.totalFloorArea_m2();
        if (area == 0 && totalResidents > 0) {
            throw new IllegalArgumentException(
                    "cannot place " + totalResidents + " residents: the buildings have no residential floor area");
        }
        return spread(buildings, area == 0 ? 0 : totalResidents / area);
    }

    private Population spread(Buildings buildings, double residentsPerM2) {
        int n = buildings.size();
        double[] shares = ages.shares();
        double[] residents = new double[n * AgeBand.COUNT];
        double[] households = new double[n];
        for (int b = 0; b < n; b++) {
            double total = buildings.floorArea_m2(b) * residentsPerM2;
            for (int band = 0; band < AgeBand.COUNT; band++) {
                residents[b * AgeBand.COUNT + band] = total * shares[band];
            }
            households[b] = total / personsPerHousehold;
        }
        return Population.of(residents, households, true);
    }
}
