package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.standards.StandardsCatalog;

/** The report's "Method" section: the decisions behind every number, stated for the reader. */
final class ReportMethod {

    private ReportMethod() {}

    static void append(StringBuilder html, Plan plan) {
        PlanRequest request = plan.request();
        StandardsCatalog catalog = request.catalog();
        double[] distances = WalkThresholds.coverageDistances_m(catalog);
        StringBuilder levels = new StringBuilder();
        for (int l = 0; l < distances.length; l++) {
            levels.append(l == 0 ? "" : ", ")
                    .append(WalkThresholds.COVERAGE_LEVELS.get(l).code())
                    .append(" = ")
                    .append(PlanReport.number(distances[l], 0))
                    .append(" m → ")
                    .append(PlanReport.number(WalkThresholds.time_ms(distances[l]) / 1000.0, 0))
                    .append(" s");
        }
        List<String> items = List.of(
                "Walking times along the network for the " + request.profile().name() + " profile ("
                        + PlanReport.number(request.profile().speed_mps(), 1) + " m/s, steps "
                        + PlanReport.number(request.profile().stepsSlowdown(), 1) + "× slower); buildings and"
                        + " facilities join the nearest walkable edge.",
                "A level's walking distance from the standards (" + catalog.source() + ") becomes a time at the general"
                        + " profile's speed (1.0 m/s): " + levels + ". Each profile's walk times are compared with"
                        + " these times, so the slower elderly profile covers less.",
                "Communities: OpenStreetMap has no community registry, so these are " + PlanSummary.COMMUNITY_ORIGIN
                        + " (Voronoi cells of community service centres clipped to the residential area, or 1 km"
                        + " squares where there is none). Every output marks them as estimated.",
                "Coverage per community and category: shares of residents and of the category's target group whose"
                        + " nearest facility is within each level's time; E2SFCA summary = the target-group-weighted"
                        + " mean of the buildings' E2SFCA ratios.",
                "Standards check per community at levels 5min, 10min, 15min, block and community: every facility"
                        + " that reaches one of the community's buildings within the largest checked distance, or"
                        + " stands inside it, with the share of the community's households within each checked"
                        + " distance. A facility serves the community when at least "
                        + PlanReport.number(100 * CommunityStandards.MIN_SHARE, 0) + " % of its households are that"
                        + " near and it has the rule's minimum floor area; OSM facilities have no known level (they may"
                        + " count at any level) and mostly no known floor area (they then meet no minimum area).",
                "Blind spots per siting category: buildings whose nearest facility is beyond the category's standard"
                        + " distance (the smallest check distance of its facility rules, 1000 m if none), grouped"
                        + " when within " + PlanReport.number(CategoryBlindSpots.LINK_M, 0) + " m of each other,"
                        + " outlined " + PlanReport.number(CategoryBlindSpots.BUFFER_M, 0) + " m around, ranked by"
                        + " target group plus extra demand from signals.",
                "Demand signals (waitlists, refused bookings, requests) go to the nearest residential building within "
                        + PlanReport.number(DemandSignals.MAX_PLACE_M, 0) + " m; farther ones stay unplaced. They add"
                        + " to blind-spot ranking and siting weights of every siting category.",
                "Siting per category, each with the full number of sites or budget: maximal covering of the target"
                        + " group (plus signals) in buildings not yet covered; a candidate covers the buildings it"
                        + " reaches within the standard distance's time; candidates smaller than the rule's minimum"
                        + " floor area are left out; lazy greedy, swap improvement and an exact check whose gap is"
                        + " reported. A candidate without a cost counts 1.");
        html.append("<h2>Method</h2>\n<ul>\n");
        for (String item : items) {
            html.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        html.append("</ul>\n");
    }
}
