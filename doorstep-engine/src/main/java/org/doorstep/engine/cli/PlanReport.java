package org.doorstep.engine.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.community.CommunityCoverage;
import org.doorstep.engine.siting.SitingResult;

/**
 * {@code report.html}: one self-contained page (inline style and SVG, no scripts, fonts or external links) that reads
 * offline: source and attribution, the method, coverage per category at the three levels, the map, the standards
 * matrix per community, blind spots and recommendations. All text is escaped.
 */
final class PlanReport {

    private PlanReport() {}

    static String toHtml(Plan plan, List<SitingFiles.Recommendation> recommendations) {
        StringBuilder html = new StringBuilder(1 << 16);
        String source = plan.evaluation().network().city().source();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Doorstep plan: ")
                .append(Html.escape(source))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1000px;margin:1em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0;font-size:13px}")
                .append("th,td{border:1px solid #ccc;padding:2px 6px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}.pass{background:#d9f0d3}")
                .append(".fail{background:#f8d0c8}.na{color:#888}\n</style>\n</head>\n<body>\n");
        html.append("<h1>Doorstep plan: ").append(Html.escape(source)).append("</h1>\n");
        html.append("<p>Source: ")
                .append(Html.escape(source))
                .append(" (OpenStreetMap extract). Map data ")
                .append("© OpenStreetMap contributors, ODbL 1.0. ")
                .append(
                        plan.evaluation().population().estimated()
                                ? "Residents are estimated from residential floor" + " area. "
                                : "")
                .append("Communities: ")
                .append(PlanSummary.COMMUNITY_ORIGIN)
                .append(" (")
                .append(plan.communities().size())
                .append(").</p>\n");
        ReportMethod.append(html, plan);
        coverage(html, plan);
        html.append("<h2>Map</h2>\n").append(SvgMap.draw(plan));
        StandardsMatrix.append(html, plan);
        blindSpots(html, plan);
        recommendations(html, plan, recommendations);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void coverage(StringBuilder html, Plan plan) {
        html.append("<h2>Coverage by category</h2>\n<p>Share of residents and of each category's target group whose")
                .append(" nearest facility is within each level's walking distance (")
                .append(Html.escape(plan.request().profile().name()))
                .append(" profile).</p>\n<table>\n<tr>")
                .append("<th>category</th>");
        double[] distances = WalkThresholds.coverageDistances_m(plan.request().catalog());
        for (String who : List.of("residents", "target group")) {
            for (double d : distances) {
                html.append("<th>")
                        .append(who)
                        .append(" ≤ ")
                        .append(number(d, 0))
                        .append(" m</th>");
            }
        }
        html.append("</tr>\n");
        CommunityCoverage city = plan.cityCoverage();
        List<ServiceCategory> categories = plan.evaluation().access().categories();
        for (int k = 0; k < categories.size(); k++) {
            html.append("<tr><td>").append(categories.get(k).code()).append("</td>");
            for (int l = 0; l < distances.length; l++) {
                html.append("<td>").append(percent(city.residentShare(0, k, l))).append("</td>");
            }
            for (int l = 0; l < distances.length; l++) {
                html.append("<td>").append(percent(city.targetShare(0, k, l))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void blindSpots(StringBuilder html, Plan plan) {
        html.append("<h2>Blind spots</h2>\n<table>\n<tr><th>category</th><th>standard distance</th>")
                .append("<th>areas</th><th>largest: buildings</th><th>residents</th><th>target group</th>")
                .append("<th>extra demand</th></tr>\n");
        for (CategoryBlindSpots spots : plan.blindSpots()) {
            html.append("<tr><td>")
                    .append(spots.standard().category().code())
                    .append("</td><td>")
                    .append(number(spots.standard().distance_m(), 0))
                    .append(" m</td><td>")
                    .append(spots.spots().size())
                    .append("</td>");
            if (spots.spots().isEmpty()) {
                html.append("<td></td><td></td><td></td><td></td></tr>\n");
                continue;
            }
            html.append("<td>")
                    .append(spots.spots().get(0).buildingCount())
                    .append("</td><td>")
                    .append(number(spots.spots().get(0).residents(), 0))
                    .append("</td><td>")
                    .append(number(spots.targetGroup()[0], 1))
                    .append("</td><td>")
                    .append(number(spots.extraDemand()[0], 1))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void recommendations(StringBuilder html, Plan plan, List<SitingFiles.Recommendation> rows) {
        html.append("<h2>Recommended sites</h2>\n");
        if (plan.siting().isEmpty()) {
            html.append("<p>No candidate sites were given (<code>--candidates</code>): no siting.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>category</th><th>sites</th><th>covered weight</th><th>cost</th>")
                .append("<th>gap to the exact bound</th><th>proved optimal</th></tr>\n");
        for (CategorySiting siting : plan.siting()) {
            SitingResult result = siting.result();
            html.append("<tr><td>")
                    .append(siting.standard().category().code())
                    .append("</td><td>")
                    .append(result.siteCount())
                    .append("</td><td>")
                    .append(number(result.coveredWeight(), 1))
                    .append("</td><td>")
                    .append(number(result.cost(), 2))
                    .append("</td><td>")
                    .append(result.exact().isPresent() ? percent(result.gap()) : "not checked")
                    .append("</td><td>")
                    .append(result.provedOptimal() ? "yes" : "no")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<table>\n<tr><th>category</th><th>rank</th><th>candidate</th><th>name</th>")
                .append("<th>floor area m²</th><th>cost</th><th>marginal gain</th><th>newly covered residents</th>")
                .append("<th>newly covered target group</th><th>cumulative gain</th></tr>\n");
        for (SitingFiles.Recommendation r : rows) {
            html.append("<tr><td>")
                    .append(r.category())
                    .append("</td><td>")
                    .append(r.rank())
                    .append("</td><td>")
                    .append(Html.escape(r.site().id()))
                    .append("</td><td>")
                    .append(Html.escape(r.site().name()))
                    .append("</td><td>")
                    .append(number(r.site().floorArea_m2(), 0))
                    .append("</td><td>")
                    .append(number(r.cost(), 2))
                    .append("</td><td>")
                    .append(number(r.marginalGain(), 1))
                    .append("</td><td>")
                    .append(number(r.newlyCoveredResidents(), 0))
                    .append("</td><td>")
                    .append(number(r.newlyCoveredTargetGroup(), 1))
                    .append("</td><td>")
                    .append(number(r.cumulativeGain(), 1))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : number(100 * share, 1) + " %";
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
