package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} on a real extract: the files, their determinism, and a result recomputed from the exported graph. */
class EvaluateCommandIT {

    private static final Path NANJING = SharedData.osm("cn-nanjing-xinjiekou.osm.pbf");

    @TempDir
    Path dir;

    private static int evaluate(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return DoorstepCli.run(args, quiet, quiet);
    }

    @Test
    void writesOneRowPerResidentialBuildingAndTheSameBytesTwice() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        assertThat(evaluate("evaluate", "--osm", NANJING.toString(), "--out", first.toString(), "--export-graph"))
                .isZero();
        assertThat(evaluate("evaluate", "--osm", NANJING.toString(), "--out", second.toString(), "--export-graph"))
                .isZero();

        List<String> buildings = Files.readAllLines(first.resolve("buildings.csv"));
        String summary = Files.readString(first.resolve("summary.json"));
        assertThat(summary).contains("\"residential_buildings\": " + (buildings.size() - 1));
        assertThat(buildings.get(0)).startsWith("osm_id,lon,lat,floor_area_m2,residents_estimated,elderly_care_s");
        for (String file : List.of("buildings.csv", "facilities.csv", "nodes.csv", "edges.csv", "snaps.csv")) {
            assertThat(first.resolve(file)).as(file).hasSameBinaryContentAs(second.resolve(file));
        }
        assertThat(withoutTimings(summary)).isEqualTo(withoutTimings(Files.readString(second.resolve("summary.json"))));
    }

    @Test
    void nearestTimesCanBeRecomputedFromTheExportedGraph() throws IOException {
        assertThat(evaluate("evaluate", "--osm", NANJING.toString(), "--out", dir.toString(), "--export-graph"))
                .isZero();

        Map<String, Integer> expected = recomputeNearestShopping(dir);
        List<String> rows = Files.readAllLines(dir.resolve("buildings.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf("shopping_s");
        int compared = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            Integer seconds = expected.get(cells[0]);
            if (seconds != null) {
                assertThat(Integer.parseInt(cells[column])).as(cells[0]).isEqualTo(seconds);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void refusesABadCommandLineAndABrokenFileWithTheirOwnStatus() throws IOException {
        Path broken = dir.resolve("broken.osm.pbf");
        Files.write(broken, new byte[] {0, 0, 0, 12, 1, 2, 3});

        assertThat(evaluate("evaluate", "--osm", NANJING.toString())).isEqualTo(2);
        assertThat(evaluate("evaluate", "--osm", NANJING.toString(), "--out", "x", "--profile", "runner"))
                .isEqualTo(2);
        assertThat(evaluate(
                        "evaluate",
                        "--osm",
                        broken.toString(),
                        "--out",
                        dir.resolve("out").toString()))
                .isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * A plain Dijkstra over edges.csv and snaps.csv, the way a reader of the export would do it: from every shopping
     * facility through the ends of its edge, to every building through the ends of its edge, in milliseconds. Buildings
     * sharing an edge with a shop are left out (they may walk straight along it, which the export shows but this sketch
     * does not model).
     */
    private static Map<String, Integer> recomputeNearestShopping(Path dir) throws IOException {
        ExportedGraph graph = ExportedGraph.read(dir);
        long[] best = graph.dijkstraFrom(graph.facilitySeeds("shopping"));
        Map<String, Integer> seconds = new HashMap<>();
        for (ExportedGraph.Snap building : graph.buildings()) {
            if (graph.sharesEdgeWithFacility(building, "shopping")) {
                continue;
            }
            long viaFrom = best[building.from()] + building.toFrom_ms();
            long viaTo = best[building.to()] + building.toTo_ms();
            long ms = Math.min(viaFrom, viaTo);
            if (ms < Long.MAX_VALUE / 4) {
                seconds.put(building.osmId(), (int) ((ms + 500) / 1000));
            }
        }
        return seconds;
    }

    private static String withoutTimings(String summary) {
        return summary.substring(0, summary.indexOf("\"timings_ms\""));
    }
}
