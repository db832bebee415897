package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.blindspot.BlindSpot;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.siting.SitingResult;

/**
 * The blind-spot and siting files of a plan: {@code blindspots.geojson} (ranked areas per category), {@code
 * recommendations.csv} and {@code recommendations.geojson} (ranked sites per category with what each newly covers).
 */
final class SitingFiles {

    private SitingFiles() {}

    static String blindSpotsGeoJson(Plan plan) {
        GeoJsonFeatures features = new GeoJsonFeatures();
        for (CategoryBlindSpots category : plan.blindSpots()) {
            List<BlindSpot> spots = category.spots();
            for (int s = 0; s < spots.size(); s++) {
                BlindSpot spot = spots.get(s);
                int rank = s;
                features.polygon(spot.area(), json -> json.name("category")
                        .value(category.standard().category().code())
                        .name("rank")
                        .value(rank + 1)
                        .name("standard_distance_m")
                        .value(category.standard().distance_m(), 0)
                        .name("buildings")
                        .value(spot.buildingCount())
                        .name("residents")
                        .value(spot.residents(), 1)
                        .name("target_group")
                        .value(category.targetGroup()[rank], 1)
                        .name("extra_demand")
                        .value(category.extraDemand()[rank], 1));
            }
        }
        return features.toJson();
    }

    /** One recommended site with what it adds. */
    record Recommendation(
            String category,
            int rank,
            Candidate site,
            double cost,
            double marginalGain,
            int newlyCoveredBuildings,
            double newlyCoveredResidents,
            double newlyCoveredTargetGroup,
            double cumulativeGain,
            double cumulativeCost) {}

    /** The recommendations of every siting category, category by category, by rank. */
    static List<Recommendation> recommendations(Plan plan) {
        Population population = plan.evaluation().population();
        double[] costs = plan.request().costs();
        List<Recommendation> rows = new java.util.ArrayList<>();
        for (CategorySiting siting : plan.siting()) {
            CategoryAccess access =
                    plan.evaluation().access().category(siting.standard().category());
            SitingResult result = siting.result();
            double gain = 0;
            double cost = 0;
            for (int rank = 0; rank < result.siteCount(); rank++) {
                int site = result.site(rank);
                double people = 0;
                double target = 0;
                for (int b : siting.newlyCovered().get(rank)) {
                    people += population.residents(b);
                    target += access.demand(b);
                }
                gain += result.marginalGain(rank);
                cost += costs[site];
                rows.add(new Recommendation(
                        siting.standard().category().code(),
                        rank + 1,
                        plan.request().candidates().get(site),
                        costs[site],
                        result.marginalGain(rank),
                        siting.newlyCovered().get(rank).length,
                        people,
                        target,
                        gain,
                        cost));
            }
        }
        return List.copyOf(rows);
    }

    static String recommendationsCsv(List<Recommendation> recommendations) {
        CsvLine csv = new CsvLine();
        for (String column : List.of(
                "category",
                "rank",
                "candidate_id",
                "name",
                "owner",
                "lon",
                "lat",
                "floor_area_m2",
                "cost",
                "marginal_gain",
                "newly_covered_buildings",
                "newly_covered_residents",
                "newly_covered_target_group",
                "cumulative_gain",
                "cumulative_cost")) {
            csv.text(column);
        }
        StringBuilder out = new StringBuilder(csv.end());
        for (Recommendation r : recommendations) {
            csv.text(r.category())
                    .number(r.rank())
                    .text(r.site().id())
                    .text(r.site().name())
                    .text(r.site().owner());
            csv.coordinate(r.site().lonE7())
                    .coordinate(r.site().latE7())
                    .decimal(r.site().floorArea_m2(), 1);
            csv.decimal(r.cost(), 2).decimal(r.marginalGain(), 2).number(r.newlyCoveredBuildings());
            csv.decimal(r.newlyCoveredResidents(), 1).decimal(r.newlyCoveredTargetGroup(), 2);
            out.append(csv.decimal(r.cumulativeGain(), 2)
                    .decimal(r.cumulativeCost(), 2)
                    .end());
        }
        return out.toString();
    }

    static String recommendationsGeoJson(List<Recommendation> recommendations) {
        GeoJsonFeatures features = new GeoJsonFeatures();
        for (Recommendation r : recommendations) {
            features.point(r.site().lonE7(), r.site().latE7(), json -> json.name("category")
                    .value(r.category())
                    .name("rank")
                    .value(r.rank())
                    .name("candidate_id")
                    .value(r.site().id())
                    .name("name")
                    .value(r.site().name())
                    .name("floor_area_m2")
                    .value(r.site().floorArea_m2(), 1)
                    .name("cost")
                    .value(r.cost(), 2)
                    .name("marginal_gain")
                    .value(r.marginalGain(), 2)
                    .name("newly_covered_residents")
                    .value(r.newlyCoveredResidents(), 1)
                    .name("newly_covered_target_group")
                    .value(r.newlyCoveredTargetGroup(), 2)
                    .name("cumulative_gain")
                    .value(r.cumulativeGain(), 2));
        }
        return features.toJson();
    }
}
