package org.doorstep.engine.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.community.CommunityAreas;
import org.doorstep.engine.community.CommunityCoverage;
import org.doorstep.engine.community.CommunityMembership;
import org.doorstep.engine.osm.OsmImportException;

/**
 * The {@code plan} pipeline after {@link EvaluateCommand#evaluate}: estimated communities, coverage and standards per
 * community, blind spots and site recommendations per siting category. Computes everything, writes nothing.
 */
final class PlanAnalysis {

    /** Phases: the four of {@code evaluate}, then these three, then writing. */
    static final int PHASES = 8;

    private PlanAnalysis() {}

    static Plan run(PlanRequest request, PhaseClock clock) throws OsmImportException {
        Evaluation evaluation = EvaluateCommand.evaluate(
                request.osm(), request.profile(), AccessOptions.defaults(), request.residents(), clock);
        CityNetwork network = evaluation.network();
        clock.start("communities", "estimated community areas, coverage and standards per community");
        List<Community> communities = CommunityAreas.estimate(network.buildings(), network.facilities());
        int[] communityOf = CommunityMembership.assign(communities, network.buildings());
        FacilityPoints points = new FacilityPoints(network.facilities());
        int[] facilityCommunity = CommunityMembership.assignPoints(communities, points.lonE7, points.latE7);
        int[] levelTimes_ms = WalkThresholds.times_ms(WalkThresholds.coverageDistances_m(request.catalog()));
        CommunityCoverage coverage = CommunityCoverage.compute(
                communities.size(),
                communityOf,
                facilityCommunity,
                evaluation.population(),
                evaluation.access(),
                network.facilities(),
                levelTimes_ms);
        // The whole extract as one area: every building and facility in area 0.
        CommunityCoverage cityCoverage = CommunityCoverage.compute(
                1,
                new int[communityOf.length],
                new int[facilityCommunity.length],
                evaluation.population(),
                evaluation.access(),
                network.facilities(),
                levelTimes_ms);
        CommunityStandards standards =
                standards(request, evaluation, points, communities.size(), communityOf, facilityCommunity);
        clock.start("blindspots", "blind spots of " + request.sitingCategories().size() + " categories");
        int[] signalBuilding = request.signals().place(network.buildings());
        double[] extra = DemandSignals.extraDemand(
                request.signals(), signalBuilding, network.buildings().size());
        List<CategoryBlindSpots> blindSpots = new ArrayList<>();
        for (ServiceCategory category : request.sitingCategories()) {
            blindSpots.add(CategoryBlindSpots.find(
                    CategoryStandard.of(request.catalog(), category),
                    evaluation.access().category(category),
                    network.buildings(),
                    evaluation.population(),
                    extra));
        }
        clock.start(
                "siting", "site recommendations over " + request.candidates().size() + " candidates");
        List<CategorySiting> siting = siting(request, evaluation, blindSpots, extra);
        clock.end();
        return new Plan(
                request,
                evaluation,
                communities,
                communityOf,
                facilityCommunity,
                coverage,
                cityCoverage,
                standards,
                signalBuilding,
                extra,
                blindSpots,
                siting);
    }

    private static CommunityStandards standards(
            PlanRequest request,
            Evaluation evaluation,
            FacilityPoints points,
            int communityCount,
            int[] communityOf,
            int[] facilityCommunity) {
        double[] distances = WalkThresholds.evidenceDistances_m(request.catalog());
        Facilities facilities = evaluation.network().facilities();
        int bound = distances.length == 0 ? 0 : WalkThresholds.time_ms(distances[distances.length - 1]);
        PointReach reach =
                AccessAnalysis.pointReach(evaluation.network(), request.profile(), points.lonE7, points.latE7, bound);
        return CommunityStandards.check(
                request.catalog(),
                communityCount,
                communityOf,
                facilityCommunity,
                evaluation.population(),
                facilities,
                reach,
                distances);
    }

    private static List<CategorySiting> siting(
            PlanRequest request, Evaluation evaluation, List<CategoryBlindSpots> blindSpots, double[] extra) {
        List<Candidate> candidates = request.candidates();
        if (candidates.isEmpty()) {
            return List.of();
        }
        int[] lon = candidates.stream().mapToInt(Candidate::lonE7).toArray();
        int[] lat = candidates.stream().mapToInt(Candidate::latE7).toArray();
        int bound =
                blindSpots.stream().mapToInt(s -> s.standard().time_ms()).max().orElse(0);
        PointReach reach = AccessAnalysis.pointReach(evaluation.network(), request.profile(), lon, lat, bound);
        double[] cost = request.costs();
        List<CategorySiting> siting = new ArrayList<>();
        for (CategoryBlindSpots spots : blindSpots) {
            siting.add(CategorySiting.solve(
                    spots,
                    evaluation.access().category(spots.standard().category()),
                    Arrays.copyOf(extra, extra.length),
                    candidates,
                    cost,
                    reach,
                    request.query()));
        }
        return List.copyOf(siting);
    }

    /** The facilities' points as columns, for the point-based analyses. */
    private static final class FacilityPoints {
        final int[] lonE7;
        final int[] latE7;

        FacilityPoints(Facilities facilities) {
            lonE7 = new int[facilities.size()];
            latE7 = new int[facilities.size()];
            for (int f = 0; f < lonE7.length; f++) {
                lonE7[f] = facilities.lonE7(f);
                latE7[f] = facilities.latE7(f);
            }
        }
    }
}
