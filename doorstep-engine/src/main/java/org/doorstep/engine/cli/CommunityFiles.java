package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.community.CommunityCoverage;
import org.doorstep.engine.standards.LifeCircleLevel;
import org.doorstep.engine.standards.RuleCheck;

/**
 * The per-community files of a plan: {@code communities.csv} (one row per community and category), {@code
 * communities.geojson} (the estimated areas with per-category shares as properties) and {@code standards.csv} (one row
 * per community and checked rule). Every row carries the community's origin, {@code estimated} for areas drawn around
 * service centres.
 */
final class CommunityFiles {

    private CommunityFiles() {}

    static String communitiesCsv(Plan plan) {
        CommunityCoverage coverage = plan.coverage();
        List<ServiceCategory> categories = plan.evaluation().access().categories();
        CsvLine csv = new CsvLine();
        csv.text("community_code")
                .text("community_name")
                .text("origin")
                .text("category")
                .text("buildings");
        csv.text(residentsColumn(plan)).text("households").text("target_group");
        for (LifeCircleLevel level : WalkThresholds.COVERAGE_LEVELS) {
            csv.text("residents_share_" + level.code());
        }
        for (LifeCircleLevel level : WalkThresholds.COVERAGE_LEVELS) {
            csv.text("target_share_" + level.code());
        }
        StringBuilder out = new StringBuilder(
                csv.text("e2sfca_mean").text("area_m2_per_100_households").end());
        for (int c = 0; c < plan.communities().size(); c++) {
            Community community = plan.communities().get(c);
            for (int k = 0; k < categories.size(); k++) {
                csv.text(community.code()).text(community.name()).text(community.origin());
                csv.text(categories.get(k).code()).number(coverage.buildingCount(c));
                csv.decimal(coverage.residents(c), 1).decimal(coverage.households(c), 1);
                csv.decimal(coverage.targetGroup(c, k), 1);
                for (int l = 0; l < WalkThresholds.COVERAGE_LEVELS.size(); l++) {
                    csv.decimal(coverage.residentShare(c, k, l), 4);
                }
                for (int l = 0; l < WalkThresholds.COVERAGE_LEVELS.size(); l++) {
                    csv.decimal(coverage.targetShare(c, k, l), 4);
                }
                csv.decimal(coverage.meanE2sfca(c, k), 6).decimal(coverage.area_m2Per100Households(c, k), 2);
                out.append(csv.end());
            }
        }
        return out.toString();
    }

    static String communitiesGeoJson(Plan plan) {
        CommunityCoverage coverage = plan.coverage();
        List<ServiceCategory> categories = plan.evaluation().access().categories();
        GeoJsonFeatures features = new GeoJsonFeatures();
        for (int c = 0; c < plan.communities().size(); c++) {
            Community community = plan.communities().get(c);
            int index = c;
            features.polygon(community.boundary(), json -> {
                json.name("code").value(community.code()).name("name").value(community.name());
                json.name("origin").value(community.origin()).name("buildings").value(coverage.buildingCount(index));
                json.name("residents").value(coverage.residents(index), 1);
                json.name("households").value(coverage.households(index), 1);
                json.name("comprehensive_m2_per_100_households")
                        .value(plan.standards().comprehensiveArea_m2Per100Households(index), 2);
                for (int k = 0; k < categories.size(); k++) {
                    String code = categories.get(k).code();
                    for (int l = 0; l < WalkThresholds.COVERAGE_LEVELS.size(); l++) {
                        String level = WalkThresholds.COVERAGE_LEVELS.get(l).code();
                        json.name(code + "_" + level).value(coverage.targetShare(index, k, l), 4);
                    }
                    json.name(code + "_m2_per_100_households").value(coverage.area_m2Per100Households(index, k), 2);
                }
            });
        }
        return features.toJson();
    }

    static String standardsCsv(Plan plan) {
        Facilities facilities = plan.evaluation().network().facilities();
        CsvLine csv = new CsvLine();
        StringBuilder out = new StringBuilder(csv.text("community_code")
                .text("community_name")
                .text("origin")
                .text("level")
                .text("rule_id")
                .text("source")
                .text("outcome")
                .text("facility_osm_id")
                .text("share")
                .text("floor_area_m2")
                .text("value")
                .text("required")
                .text("reason")
                .end());
        for (int c = 0; c < plan.communities().size(); c++) {
            Community community = plan.communities().get(c);
            for (RuleCheck check : plan.standards().checks(c)) {
                csv.text(community.code()).text(community.name()).text(community.origin());
                csv.text(check.rule().level().code())
                        .text(check.rule().ruleId())
                        .text(check.rule().source());
                csv.text(check.outcome().name().toLowerCase(java.util.Locale.ROOT));
                csv.text(check.facilityId() < 0 ? "" : OsmRef.format(facilities.ref((int) check.facilityId())));
                csv.decimal(check.share(), 4).decimal(check.floorArea_m2(), 1).decimal(check.value(), 2);
                csv.decimal(check.required(), 1).text(CommunityStandards.reason(check, facilities));
                out.append(csv.end());
            }
        }
        return out.toString();
    }

    static String residentsColumn(Plan plan) {
        return plan.evaluation().population().estimated() ? "residents_estimated" : "residents";
    }
}
