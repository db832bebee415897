package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.facility.CandidateSite;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.SiteSelection;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.access.WhatIf;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.siting.SitingResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Site recommendations for planners: which of the facility module's candidate sites (those offered to planning) to
 * open for a category, chosen by the engine's maximal covering ({@link SiteSelection}, as the {@code plan} command
 * chooses), in order, each with its marginal gain: the residents it brings within the threshold who were beyond it.
 * Buildings already within the threshold of an open facility weigh nothing. Under a budget a site of unknown cost is
 * left out (it would look free). Synchronous: on a city of the demo's size it answers in well under a second.
 */
@Service
public class SitingService {

    /** At most this many sites per answer. */
    static final int MAX_SITES = 50;

    /** One recommended site; gains of fewer than {@value EvaluationService#SUPPRESS_BELOW} residents suppressed. */
    public record Recommendation(
            int rank,
            long candidateSiteId,
            long communityId,
            String address,
            double lon,
            double lat,
            @Nullable Double usableFloorArea_m2,
            @Nullable Double conversionCost_yuan,
            boolean suppressed,
            @Nullable Double gainResidents,
            @Nullable Double gainTargetGroup,
            int newlyCoveredBuildings) {}

    /** The recommendations, best first, with the city's residents within the threshold before and after all of them. */
    public record Recommendations(
            long cityId,
            long runId,
            String category,
            int minutes,
            int candidates,
            double residents,
            double residentsWithinBefore,
            double residentsWithinAfter,
            List<Recommendation> sites) {}

    private final PlannedCities cities;
    private final FacilityService facilities;

    SitingService(PlannedCities cities, FacilityService facilities) {
        this.cities = cities;
        this.facilities = facilities;
    }

    public Recommendations recommend(
            AccessScope scope,
            long cityId,
            @Nullable String category,
            int minutes,
            int sites,
            @Nullable Double budget,
            @Nullable Double minFloorArea_m2) {
        cities.requireCity(scope, cityId);
        ServiceCategory wanted = category(category);
        SitingQuery query = query(sites, budget, minFloorArea_m2);
        PlannedCity city = cities.load(scope, cityId);
        int within_ms = minutes(city, minutes) * 60_000;
        List<CandidateSite> candidates = facilities.listCandidateSites(cityId).stream()
                .filter(s -> budget == null || s.conversionCost_yuan() != null)
                .toList();
        Population population = city.model().population();
        boolean[] covered = covered(city, wanted, within_ms);
        double[] weight = new double[covered.length];
        double before = 0;
        double residents = 0;
        for (int b = 0; b < weight.length; b++) {
            weight[b] = population.residents(b);
            residents += weight[b];
            before += covered[b] ? weight[b] : 0;
        }
        if (candidates.isEmpty()) {
            return new Recommendations(
                    cityId, city.run().id(), wanted.code(), minutes, 0, residents, before, before, List.of());
        }
        SitingResult result = select(city, candidates, within_ms, weight, covered, query);
        List<Recommendation> rows = new ArrayList<>();
        double after = before;
        for (int rank = 0; rank < result.siteCount(); rank++) {
            after += result.marginalGain(rank);
            rows.add(recommendation(rank, candidates.get(result.site(rank)), result, covered, population, wanted));
        }
        return new Recommendations(
                cityId, city.run().id(), wanted.code(), minutes, candidates.size(), residents, before, after, rows);
    }

    private static SitingResult select(
            PlannedCity city,
            List<CandidateSite> candidates,
            int within_ms,
            double[] weight,
            boolean[] covered,
            SitingQuery query) {
        int[] lon =
                candidates.stream().mapToInt(s -> GeoDistance.toFixed(s.lon())).toArray();
        int[] lat =
                candidates.stream().mapToInt(s -> GeoDistance.toFixed(s.lat())).toArray();
        PointReach reach = AccessAnalysis.pointReach(city.network(), city.profile(), lon, lat, within_ms);
        double[] cost = candidates.stream()
                .mapToDouble(s -> s.conversionCost_yuan() == null ? 1 : s.conversionCost_yuan())
                .toArray();
        double[] area = candidates.stream()
                .mapToDouble(s -> s.usableFloorArea_m2() == null ? Double.NaN : s.usableFloorArea_m2())
                .toArray();
        return SiteSelection.select(reach, within_ms, weight, null, covered, cost, area, query);
    }

    /** Buildings within the threshold of an open facility of the category, from the engine's nearest-facility search. */
    private static boolean[] covered(PlannedCity city, ServiceCategory category, int within_ms) {
        AccessOptions options = AccessOptions.defaults()
                .withThresholds_min(city.thresholds_min())
                .withCategories(category);
        WhatIf nearest =
                AccessAnalysis.whatIf(city.network(), city.model().population(), city.profile(), category, options);
        boolean[] covered = new boolean[nearest.buildingCount()];
        for (int b = 0; b < covered.length; b++) {
            covered[b] = nearest.nearestTime_ms(b) <= within_ms;
        }
        return covered;
    }

    private static Recommendation recommendation(
            int rank,
            CandidateSite site,
            SitingResult result,
            boolean[] covered,
            Population population,
            ServiceCategory category) {
        double target = 0;
        int buildings = 0;
        for (int b : result.newlyCovered(rank)) {
            if (!covered[b]) {
                target += population.demand(b, category.targetGroup());
                buildings++;
            }
        }
        double gain = result.marginalGain(rank);
        boolean suppressed = gain < EvaluationService.SUPPRESS_BELOW;
        return new Recommendation(
                rank + 1,
                site.id(),
                site.communityId(),
                site.address(),
                site.lon(),
                site.lat(),
                site.usableFloorArea_m2(),
                site.conversionCost_yuan(),
                suppressed,
                suppressed ? null : gain,
                suppressed ? null : target,
                buildings);
    }

    private static ServiceCategory category(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new PlanningInputException("category", "is required");
        }
        try {
            return ServiceCategory.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new PlanningInputException("category", e.getMessage());
        }
    }

    private static SitingQuery query(int sites, @Nullable Double budget, @Nullable Double minFloorArea_m2) {
        if (sites < 1 || sites > MAX_SITES) {
            throw new PlanningInputException("sites", "must lie in 1.." + MAX_SITES + ", got " + sites);
        }
        if (budget != null && !(budget > 0 && budget < Double.POSITIVE_INFINITY)) {
            throw new PlanningInputException("budget", "must be a positive number of yuan, got " + budget);
        }
        double area = minFloorArea_m2 == null ? 0 : minFloorArea_m2;
        if (!(area >= 0 && area < Double.POSITIVE_INFINITY)) {
            throw new PlanningInputException("minFloorArea_m2", "must be >= 0, got " + minFloorArea_m2);
        }
        return new SitingQuery(sites, budget == null ? Double.POSITIVE_INFINITY : budget, area);
    }

    private static int minutes(PlannedCity city, int minutes) {
        for (int m : city.thresholds_min()) {
            if (m == minutes) {
                return m;
            }
        }
        throw new PlanningInputException(
                "minutes",
                "must be one of run " + city.run().id() + "'s thresholds "
                        + city.run().thresholdsMin());
    }
}
