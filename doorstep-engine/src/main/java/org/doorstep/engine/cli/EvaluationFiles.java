package org.doorstep.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.Snaps;

/**
 * Writes an evaluation's files: {@code buildings.csv}, {@code facilities.csv}, {@code summary.json} and, on request, the
 * graph ({@link GraphFiles}). Rows follow the dense ids, which follow the input, so the same input gives the same bytes.
 */
final class EvaluationFiles {

    private EvaluationFiles() {}

    static void write(Evaluation evaluation, Path dir, boolean exportGraph, Map<String, Long> phases_ms)
            throws IOException {
        Files.createDirectories(dir);
        writeBuildings(evaluation, dir.resolve("buildings.csv"));
        writeFacilities(evaluation.network(), dir.resolve("facilities.csv"));
        if (exportGraph) {
            GraphFiles.write(evaluation.network(), evaluation.access().profile(), dir);
        }
        Files.writeString(
                dir.resolve("summary.json"), EvaluationSummary.toJson(evaluation, phases_ms), StandardCharsets.UTF_8);
    }

    private static void writeBuildings(Evaluation evaluation, Path file) throws IOException {
        Buildings buildings = evaluation.network().buildings();
        Facilities facilities = evaluation.network().facilities();
        List<ServiceCategory> categories = evaluation.access().categories();
        String residents = evaluation.population().estimated() ? "residents_estimated" : "residents";
        CsvLine csv = new CsvLine()
                .text("osm_id")
                .text("lon")
                .text("lat")
                .text("floor_area_m2")
                .text(residents);
        for (ServiceCategory category : categories) {
            csv.text(category.code() + "_s").text(category.code() + "_id");
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(csv.end());
            for (int b = 0; b < buildings.size(); b++) {
                csv.text(OsmRef.format(buildings.ref(b)))
                        .coordinate(buildings.lonE7(b))
                        .coordinate(buildings.latE7(b))
                        .decimal(buildings.floorArea_m2(b), 1)
                        .decimal(evaluation.population().residents(b), 1);
                for (ServiceCategory category : categories) {
                    CategoryAccess access = evaluation.access().category(category);
                    int facility = access.nearestFacility(b);
                    if (facility < 0) {
                        csv.empty().empty();
                    } else {
                        csv.number(wholeSeconds(access.nearestTime_ms(b)))
                                .text(OsmRef.format(facilities.ref(facility)));
                    }
                }
                out.write(csv.end());
            }
        }
    }

    private static void writeFacilities(CityNetwork network, Path file) throws IOException {
        Facilities facilities = network.facilities();
        Snaps snaps = network.facilitySnaps();
        CsvLine csv = new CsvLine();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(csv.text("osm_id")
                    .text("category")
                    .text("kind")
                    .text("name")
                    .text("lon")
                    .text("lat")
                    .text("floor_area_m2")
                    .text("capacity")
                    .text("fallback")
                    .text("snap_m")
                    .end());
            for (int f = 0; f < facilities.size(); f++) {
                csv.text(OsmRef.format(facilities.ref(f)))
                        .text(facilities.category(f).code())
                        .text(facilities.kind(f))
                        .text(facilities.name(f))
                        .coordinate(facilities.lonE7(f))
                        .coordinate(facilities.latE7(f))
                        .decimal(facilities.floorArea_m2(f), 1)
                        .decimal(facilities.capacity(f), 1)
                        .flag(facilities.fallback(f));
                if (snaps.isSnapped(f)) {
                    csv.decimal(snaps.distance_mm(f) / 1000.0, 1);
                } else {
                    csv.empty();
                }
                out.write(csv.end());
            }
        }
    }

    /** Milliseconds to whole seconds, rounded half up. */
    static long wholeSeconds(long ms) {
        return (ms + 500) / 1000;
    }
}
