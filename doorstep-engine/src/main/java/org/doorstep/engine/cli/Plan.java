package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.community.CommunityCoverage;

/**
 * Everything a {@code plan} run computed, ready to be written.
 *
 * @param communityOf community index of each building, -1 outside every community
 * @param cityCoverage the whole extract as one area (every building, whether in a community or not)
 * @param facilityCommunity community index of each facility, -1 outside every community
 * @param signalBuilding the building each demand signal was placed on, -1 where unplaced
 * @param extraDemand per building, the placed signals' weight
 * @param blindSpots per siting category, in the request's order
 * @param siting per siting category, in the request's order; empty without candidates
 */
record Plan(
        PlanRequest request,
        Evaluation evaluation,
        List<Community> communities,
        int[] communityOf,
        int[] facilityCommunity,
        CommunityCoverage coverage,
        CommunityCoverage cityCoverage,
        CommunityStandards standards,
        int[] signalBuilding,
        double[] extraDemand,
        List<CategoryBlindSpots> blindSpots,
        List<CategorySiting> siting) {}
