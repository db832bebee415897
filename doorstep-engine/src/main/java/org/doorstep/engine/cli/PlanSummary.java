package org.doorstep.engine.cli;

import java.util.List;
import java.util.Map;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.community.CommunityCoverage;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.siting.SitingResult;
import org.doorstep.engine.standards.LifeCircleLevel;
import org.doorstep.engine.standards.RuleCheck;

/**
 * {@code plan-summary.json}: the run's parameters and totals. Everything but the final {@code timings_ms} member is the
 * same for the same input; file names are given without their directories for that reason.
 */
final class PlanSummary {

    static final String COMMUNITY_ORIGIN = "estimated community areas around service centres";

    private PlanSummary() {}

    static String toJson(Plan plan, Map<String, Long> phases_ms) {
        PlanRequest request = plan.request();
        JsonWriter json = new JsonWriter().beginObject();
        json.name("source").value(plan.evaluation().network().city().source());
        json.name("attribution").value("© OpenStreetMap contributors, ODbL 1.0");
        parameters(json, plan);
        json.name("communities").beginObject().name("origin").value(COMMUNITY_ORIGIN);
        json.name("count").value(plan.communities().size());
        json.name("buildings_outside").value(countOutside(plan.communityOf()));
        json.name("standards_outcomes").beginObject();
        for (LifeCircleLevel level : WalkThresholds.CHECKED_LEVELS) {
            outcomes(json, plan, level);
        }
        json.endObject().endObject();
        CommunityCoverage city = plan.cityCoverage();
        json.name("totals").beginObject().name("residential_buildings").value(city.buildingCount(0));
        json.name("residents").value(city.residents(0), 1).name("households").value(city.households(0), 1);
        json.name("population_estimated").value(plan.evaluation().population().estimated());
        json.endObject();
        json.name("coverage_target_share").beginObject();
        List<ServiceCategory> categories = plan.evaluation().access().categories();
        for (int k = 0; k < categories.size(); k++) {
            json.name(categories.get(k).code()).beginObject();
            for (int l = 0; l < WalkThresholds.COVERAGE_LEVELS.size(); l++) {
                json.name(WalkThresholds.COVERAGE_LEVELS.get(l).code()).value(city.targetShare(0, k, l), 4);
            }
            json.endObject();
        }
        json.endObject();
        sitingCategories(json, plan);
        json.name("timings_ms").beginObject();
        for (Map.Entry<String, Long> phase : phases_ms.entrySet()) {
            json.name(phase.getKey()).value(phase.getValue());
        }
        return json.endObject().endObject().toJson();
    }

    private static void parameters(JsonWriter json, Plan plan) {
        PlanRequest request = plan.request();
        WalkProfile profile = request.profile();
        json.name("parameters").beginObject();
        json.name("profile").value(profile.name()).name("speed_mps").value(profile.speed_mps(), 2);
        json.name("steps_slowdown").value(profile.stepsSlowdown(), 2);
        json.name("threshold_speed_mps").value(WalkProfile.GENERAL.speed_mps(), 2);
        json.name("residents_total").value(request.residents(), 1);
        json.name("standards").value(fileName(request.catalog().source()));
        json.name("min_household_share").value(CommunityStandards.MIN_SHARE, 2);
        json.name("levels").beginArray();
        double[] distances = WalkThresholds.coverageDistances_m(request.catalog());
        for (int l = 0; l < distances.length; l++) {
            json.beginObject()
                    .name("level")
                    .value(WalkThresholds.COVERAGE_LEVELS.get(l).code());
            json.name("distance_m").value(distances[l], 0);
            json.name("threshold_s")
                    .value(WalkThresholds.time_ms(distances[l]) / 1000.0, 1)
                    .endObject();
        }
        json.endArray();
        json.name("candidates")
                .value(
                        request.candidatesFile() == null
                                ? ""
                                : fileName(request.candidatesFile().toString()));
        json.name("candidate_count").value(request.candidates().size());
        if (request.query().budgeted()) {
            json.name("budget").value(request.query().budget(), 2);
        } else {
            json.name("k").value(request.query().maxSites());
        }
        json.name("signals")
                .value(
                        request.signalsFile() == null
                                ? ""
                                : fileName(request.signalsFile().toString()));
        json.name("signal_count").value(request.signals().size());
        json.name("signals_unplaced").value(countOutside(plan.signalBuilding()));
        json.endObject();
    }

    private static void sitingCategories(JsonWriter json, Plan plan) {
        json.name("siting_categories").beginObject();
        for (int i = 0; i < plan.blindSpots().size(); i++) {
            CategoryBlindSpots spots = plan.blindSpots().get(i);
            CategoryStandard standard = spots.standard();
            json.name(standard.category().code()).beginObject();
            json.name("standard_rule")
                    .value(standard.ruleId())
                    .name("distance_m")
                    .value(standard.distance_m(), 0);
            json.name("min_floor_area_m2").value(standard.minArea_m2(), 1);
            int uncovered = 0;
            for (boolean u : spots.uncovered()) {
                uncovered += u ? 1 : 0;
            }
            json.name("uncovered_buildings")
                    .value(uncovered)
                    .name("blind_spots")
                    .value(spots.spots().size());
            if (!plan.siting().isEmpty()) {
                siting(json, plan.siting().get(i).result());
            }
            json.endObject();
        }
        json.endObject();
    }

    private static void siting(JsonWriter json, SitingResult result) {
        json.name("sites").value(result.siteCount()).name("covered_weight").value(result.coveredWeight(), 2);
        json.name("cost").value(result.cost(), 2).name("greedy_weight").value(result.greedyWeight(), 2);
        json.name("heuristic_weight").value(result.heuristicWeight(), 2);
        json.name("exact_check_ran").value(result.exact().isPresent());
        json.name("gap").value(result.gap(), 6).name("proved_optimal").value(result.provedOptimal());
    }

    private static void outcomes(JsonWriter json, Plan plan, LifeCircleLevel level) {
        int[] counts = new int[RuleCheck.Outcome.values().length];
        for (int c = 0; c < plan.communities().size(); c++) {
            for (RuleCheck check : plan.standards().checks(c)) {
                counts[check.outcome().ordinal()] += check.rule().level() == level ? 1 : 0;
            }
        }
        json.name(level.code()).beginObject();
        json.name("pass")
                .value(counts[0])
                .name("fail")
                .value(counts[1])
                .name("not_applicable")
                .value(counts[2]);
        json.endObject();
    }

    static int countOutside(int[] index) {
        int n = 0;
        for (int i : index) {
            n += i < 0 ? 1 : 0;
        }
        return n;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
