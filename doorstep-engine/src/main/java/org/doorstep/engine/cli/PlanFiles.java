package org.doorstep.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan's files into its output directory. Every file's text is formatted first, then the directory is created
 * and the files written, so a formatting failure leaves nothing behind. Without candidates no recommendation files are
 * written.
 */
final class PlanFiles {

    private PlanFiles() {}

    static void write(Plan plan, Map<String, Long> phases_ms) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("communities.csv", CommunityFiles.communitiesCsv(plan));
        files.put("communities.geojson", CommunityFiles.communitiesGeoJson(plan));
        files.put("standards.csv", CommunityFiles.standardsCsv(plan));
        files.put("blindspots.geojson", SitingFiles.blindSpotsGeoJson(plan));
        List<SitingFiles.Recommendation> recommendations = SitingFiles.recommendations(plan);
        if (!plan.siting().isEmpty()) {
            files.put("recommendations.csv", SitingFiles.recommendationsCsv(recommendations));
            files.put("recommendations.geojson", SitingFiles.recommendationsGeoJson(recommendations));
        }
        files.put("report.html", PlanReport.toHtml(plan, recommendations));
        files.put("plan-summary.json", PlanSummary.toJson(plan, phases_ms));
        Path dir = plan.request().out();
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
