package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.SharedData;
import org.doorstep.engine.graph.GeoDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} on a real extract with a candidate inventory written here: files, ranking, determinism, bad input. */
class PlanCommandIT {

    private static final Path NANJING = SharedData.osm("cn-nanjing-xinjiekou.osm.pbf");
    private static final List<String> FILES = List.of(
            "communities.csv",
            "communities.geojson",
            "standards.csv",
            "blindspots.geojson",
            "recommendations.csv",
            "recommendations.geojson",
            "report.html");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private int plan(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 1];
        all[0] = "plan";
        System.arraycopy(args, 0, all, 1, args.length);
        return DoorstepCli.run(all, quiet, err);
    }

    /** Eight sites spread over the buildings' box (lon 118.767-118.796, lat 32.036-32.051), one too small for day care. */
    private Path candidates() throws IOException {
        StringBuilder csv = new StringBuilder("id,lon,lat,floor_area_m2,cost,name,owner\n");
        for (int i = 0; i < 8; i++) {
            double lon = 118.769 + 0.0035 * i;
            double lat = 32.038 + 0.0017 * i;
            csv.append("s")
                    .append(i)
                    .append(',')
                    .append(lon)
                    .append(',')
                    .append(lat)
                    .append(',')
                    .append(i == 3 ? 200 : 400 + 50 * i)
                    .append(",1,\"Site ")
                    .append(i)
                    .append(", east\",city\n");
        }
        return Files.writeString(dir.resolve("candidates.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryFileRanksSitesByGainAndGivesTheSameBytesTwice() throws IOException {
        Path sites = candidates();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        assertThat(plan("--osm", NANJING.toString(), "--out", first.toString(), "--candidates", sites.toString()))
                .as(errors.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(plan("--osm", NANJING.toString(), "--out", second.toString(), "--candidates", sites.toString()))
                .isZero();

        for (String file : FILES) {
            assertThat(first.resolve(file)).as(file).hasSameBinaryContentAs(second.resolve(file));
        }
        String summary = Files.readString(first.resolve("plan-summary.json"));
        assertThat(withoutTimings(summary))
                .isEqualTo(withoutTimings(Files.readString(second.resolve("plan-summary.json"))));
        assertThat(summary).contains("estimated community areas around service centres");
        String report = Files.readString(first.resolve("report.html"));
        assertThat(report)
                .contains("© OpenStreetMap contributors, ODbL 1.0")
                .contains("<svg")
                .doesNotContain("<script");
        assertThat(report).contains("Site 0, east");
        assertRankedByGain(Files.readAllLines(first.resolve("recommendations.csv")));
    }

    @Test
    void theBestElderlyCareSiteCoversBuildingsOfABlindSpot() throws IOException {
        assertThat(plan(
                        "--osm",
                        NANJING.toString(),
                        "--out",
                        dir.resolve("out").toString(),
                        "--candidates",
                        candidates().toString(),
                        "--k",
                        "2"))
                .isZero();

        List<String> rows = Files.readAllLines(dir.resolve("out/recommendations.csv"));
        String[] best = rows.stream()
                .filter(r -> r.startsWith("elderly_care,1,"))
                .findFirst()
                .orElseThrow()
                .split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        List<String> header = List.of(rows.get(0).split(","));
        assertThat(Integer.parseInt(best[header.indexOf("newly_covered_buildings")]))
                .isPositive();
        assertThat(best[header.indexOf("candidate_id")]).isNotEqualTo("s3"); // below the day-care minimum of 350 m2
        int lon = GeoDistance.toFixed(Double.parseDouble(best[header.indexOf("lon")]));
        int lat = GeoDistance.toFixed(Double.parseDouble(best[header.indexOf("lat")]));
        // what a site covers within 300 m of walking lies within 300 m in a straight line: some blind-spot vertex or
        // interior point of its category must be that close (polygons are buffered 30 m, so test vertices at 330 m)
        assertThat(nearestBlindSpotVertex_m(dir.resolve("out/blindspots.geojson"), "elderly_care", lon, lat))
                .isLessThan(300 + 2 * CategoryBlindSpots.BUFFER_M + CategoryBlindSpots.LINK_M);
    }

    @Test
    void refusesBrokenCandidatesAndConflictingOptionsWithoutWritingAnything() throws IOException {
        Path broken = Files.writeString(
                dir.resolve("broken.csv"),
                "id,lon,lat,floor_area_m2,cost\na,118.78,32.04,400,1\nb,118.78,north,400,1\n");
        Path out = dir.resolve("out");

        assertThat(plan("--osm", NANJING.toString(), "--out", out.toString(), "--candidates", broken.toString()))
                .isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("broken.csv line 3, column lat");
        assertThat(plan("--osm", NANJING.toString(), "--out", out.toString(), "--k", "3", "--budget", "10"))
                .isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("--k and --budget");
        assertThat(plan("--osm", NANJING.toString(), "--out", out.toString(), "--categories", "elderly,meals"))
                .isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    private static void assertRankedByGain(List<String> rows) {
        List<String> header = List.of(rows.get(0).split(","));
        String previousCategory = "";
        double previousGain = Double.POSITIVE_INFINITY;
        int ranked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            double gain = Double.parseDouble(cells[header.indexOf("marginal_gain")]);
            if (!cells[0].equals(previousCategory)) {
                previousGain = Double.POSITIVE_INFINITY;
                previousCategory = cells[0];
            }
            assertThat(gain).as(row).isLessThanOrEqualTo(previousGain).isPositive();
            previousGain = gain;
            ranked++;
        }
        assertThat(ranked).isGreaterThan(1);
    }

    private static double nearestBlindSpotVertex_m(Path geojson, String category, int lonE7, int latE7)
            throws IOException {
        Map<?, ?> collection = (Map<?, ?>) JsonReader.parse(Files.readString(geojson));
        double best = Double.POSITIVE_INFINITY;
        for (Object item : (List<?>) collection.get("features")) {
            Map<?, ?> feature = (Map<?, ?>) item;
            if (!category.equals(((Map<?, ?>) feature.get("properties")).get("category"))) {
                continue;
            }
            List<?> ring = (List<?>) ((List<?>) ((Map<?, ?>) feature.get("geometry")).get("coordinates")).get(0);
            for (Object vertex : ring) {
                List<?> xy = (List<?>) vertex;
                long d_mm = GeoDistance.distance_mm(
                        lonE7, latE7, GeoDistance.toFixed((Double) xy.get(0)), GeoDistance.toFixed((Double) xy.get(1)));
                best = Math.min(best, d_mm / 1000.0);
            }
        }
        return best;
    }

    private static String withoutTimings(String summary) {
        return summary.substring(0, summary.indexOf("\"timings_ms\""));
    }
}
