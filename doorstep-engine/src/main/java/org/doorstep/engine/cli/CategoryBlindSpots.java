package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.blindspot.BlindSpot;
import org.doorstep.engine.blindspot.BlindSpotClustering;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.population.Population;

/**
 * One category's blind spots: the buildings whose nearest facility lies beyond the category's standard time
 * ({@link CategoryStandard}; unsnapped buildings reach nothing and count as uncovered), grouped by {@link
 * BlindSpotClustering} with a {@value #LINK_M} m link and a {@value #BUFFER_M} m buffer, ranked by unmet demand: the
 * target group plus the extra demand of signals placed in the area.
 *
 * @param uncovered per building
 * @param spots ranked, best first
 * @param targetGroup per spot in rank order, without signals
 * @param extraDemand per spot in rank order: the signals' weight
 */
record CategoryBlindSpots(
        CategoryStandard standard,
        boolean[] uncovered,
        List<BlindSpot> spots,
        double[] targetGroup,
        double[] extraDemand) {

    static final double LINK_M = 150;
    static final double BUFFER_M = 30;

    static CategoryBlindSpots find(
            CategoryStandard standard,
            CategoryAccess access,
            Buildings buildings,
            Population population,
            double[] extraDemand) {
        int n = buildings.size();
        int[] lon = new int[n];
        int[] lat = new int[n];
        boolean[] uncovered = new boolean[n];
        double[] residents = new double[n];
        double[] unmet = new double[n];
        for (int b = 0; b < n; b++) {
            lon[b] = buildings.lonE7(b);
            lat[b] = buildings.latE7(b);
            uncovered[b] = standard.uncovered(access.nearestTime_ms(b));
            residents[b] = population.residents(b);
            unmet[b] = access.demand(b) + extraDemand[b];
        }
        List<BlindSpot> spots = BlindSpotClustering.cluster(lon, lat, uncovered, residents, unmet, LINK_M, BUFFER_M);
        double[] target = new double[spots.size()];
        double[] extra = new double[spots.size()];
        for (int s = 0; s < spots.size(); s++) {
            for (int b : spots.get(s).buildings()) {
                target[s] += access.demand(b);
                extra[s] += extraDemand[b];
            }
        }
        return new CategoryBlindSpots(standard, uncovered, spots, target, extra);
    }
}
