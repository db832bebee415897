package org.doorstep.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkProfile;

/**
 * The walking graph as {@code nodes.csv}, {@code edges.csv} and {@code snaps.csv}, so that anyone can recompute a
 * result with a plain Dijkstra: walk times in seconds with millisecond precision, exactly those the engine used. A
 * point's seconds to each end of its edge include its snap walk; two points on the same edge may also walk directly
 * along it, which {@code edge} and {@code offset_mm} make visible (docs/decisions/0001-walking-model.md).
 */
final class GraphFiles {

    private GraphFiles() {}

    static void write(CityNetwork network, WalkProfile profile, Path dir) throws IOException {
        WalkGraph graph = network.graph();
        CsvLine csv = new CsvLine();
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
            out.write(csv.text("id").text("lon").text("lat").end());
            for (int n = 0; n < graph.nodeCount(); n++) {
                out.write(csv.number(n)
                        .coordinate(graph.lonE7(n))
                        .coordinate(graph.latE7(n))
                        .end());
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("edges.csv"), StandardCharsets.UTF_8)) {
            out.write(csv.text("id")
                    .text("from")
                    .text("to")
                    .text("length_mm")
                    .text("seconds")
                    .text("steps")
                    .end());
            for (int e = 0; e < graph.edgeCount(); e++) {
                out.write(csv.number(e)
                        .number(graph.edgeFrom(e))
                        .number(graph.edgeTo(e))
                        .number(graph.edgeLength_mm(e))
                        .decimal(profile.edgeTime_ms(graph, e) / 1000.0, 3)
                        .flag(graph.isSteps(e))
                        .end());
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("snaps.csv"), StandardCharsets.UTF_8)) {
            out.write(csv.text("kind")
                    .text("osm_id")
                    .text("category")
                    .text("edge")
                    .text("from")
                    .text("to")
                    .text("offset_mm")
                    .text("snap_mm")
                    .text("seconds_to_from")
                    .text("seconds_to_to")
                    .end());
            Snaps buildings = network.buildingSnaps();
            for (int b = 0; b < buildings.size(); b++) {
                if (buildings.isSnapped(b)) {
                    csv.text("building")
                            .text(OsmRef.format(network.buildings().ref(b)))
                            .empty();
                    out.write(snapColumns(csv, graph, profile, buildings, b));
                }
            }
            Snaps facilities = network.facilitySnaps();
            for (int f = 0; f < facilities.size(); f++) {
                if (facilities.isSnapped(f)) {
                    csv.text("facility")
                            .text(OsmRef.format(network.facilities().ref(f)))
                            .text(network.facilities().category(f).code());
                    out.write(snapColumns(csv, graph, profile, facilities, f));
                }
            }
        }
    }

    private static String snapColumns(CsvLine csv, WalkGraph graph, WalkProfile profile, Snaps snaps, int point) {
        int e = snaps.edge(point);
        long walk_ms = profile.walkTime_ms(snaps.distance_mm(point));
        int along_ms = profile.timeAlong_ms(graph, e, snaps.offset_mm(point));
        return csv.number(e)
                .number(graph.edgeFrom(e))
                .number(graph.edgeTo(e))
                .number(snaps.offset_mm(point))
                .number(snaps.distance_mm(point))
                .decimal((walk_ms + along_ms) / 1000.0, 3)
                .decimal((walk_ms + profile.edgeTime_ms(graph, e) - along_ms) / 1000.0, 3)
                .end();
    }
}
