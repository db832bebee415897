package org.doorstep.engine.cli;

import java.util.List;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.standards.RuleCheck;

/**
 * The report's standards section: a matrix with one row per checked rule and one column per community (pass, fail,
 * not applicable), then the failing rules' reasons community by community.
 */
final class StandardsMatrix {

    private StandardsMatrix() {}

    static void append(StringBuilder html, Plan plan) {
        html.append("<h2>Standards check per community</h2>\n");
        List<Community> communities = plan.communities();
        if (communities.isEmpty()) {
            html.append("<p>No communities.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>level</th><th>rule</th>");
        for (Community community : communities) {
            html.append("<th title=\"")
                    .append(Html.escape(community.name()))
                    .append("\">")
                    .append(Html.escape(community.code()))
                    .append("</th>");
        }
        html.append("</tr>\n");
        // Every community is checked against the same rules in the same order.
        List<RuleCheck> first = plan.standards().checks(0);
        for (int r = 0; r < first.size(); r++) {
            html.append("<tr><td>")
                    .append(Html.escape(first.get(r).rule().level().code()))
                    .append("</td><td title=\"")
                    .append(Html.escape(first.get(r).rule().source()))
                    .append("\">")
                    .append(Html.escape(first.get(r).rule().ruleId()))
                    .append("</td>");
            for (int c = 0; c < communities.size(); c++) {
                RuleCheck check = plan.standards().checks(c).get(r);
                html.append(cell(check));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        failures(html, plan);
    }

    private static String cell(RuleCheck check) {
        return switch (check.outcome()) {
            case PASS -> "<td class=\"pass\">pass</td>";
            case FAIL -> "<td class=\"fail\">fail</td>";
            case NOT_APPLICABLE -> "<td class=\"na\">n/a</td>";
        };
    }

    private static void failures(StringBuilder html, Plan plan) {
        Facilities facilities = plan.evaluation().network().facilities();
        for (int c = 0; c < plan.communities().size(); c++) {
            Community community = plan.communities().get(c);
            html.append("<details><summary>")
                    .append(Html.escape(community.code() + " " + community.name()))
                    .append(": failing rules</summary>\n<ul>\n");
            for (RuleCheck check : plan.standards().checks(c)) {
                if (check.outcome() == RuleCheck.Outcome.FAIL) {
                    html.append("<li>")
                            .append(Html.escape(check.rule().ruleId()))
                            .append(": ")
                            .append(Html.escape(CommunityStandards.reason(check, facilities)))
                            .append("</li>\n");
                }
            }
            html.append("</ul></details>\n");
        }
    }
}
