package org.doorstep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.generate.CityGenerator;
import org.doorstep.engine.generate.CitySpec;
import org.doorstep.engine.osm.OsmCityReader;
import org.doorstep.engine.osm.OsmImportException;
import org.doorstep.engine.osm.OsmImportOptions;

/**
 * {@code ./doorstep bench [--quick]} ({@code --booking} alone runs {@link BookingBench} instead): the engine's whole evaluation of Liechtenstein ({@code shared/data}) and of a
 * generated city of 2,000,000 graph nodes (200,000 with {@code --quick}), phase by phase, minimum of several runs after
 * warm-up, with peak heap; in the same process and on the same input, the bare Dijkstra sweep and (for the real file)
 * GraphHopper 11.0 with one shortest-path tree per facility; then one what-if change on each city's built network
 * ({@link WhatIfBench}) and the siting steps on a seeded covering instance ({@link CoverageBench}). Prints a table with
 * the ratios and each target's PASS or MISS, then one machine-readable line per figure. Timing, not a test: it asserts
 * nothing.
 */
public final class BenchMain {

    static final String LIECHTENSTEIN = "li-liechtenstein.osm.pbf";
    static final long GENERATED_SEED = 20_231_121L;
    static final double MIB = 1024.0 * 1024.0;

    /** How much to repeat; {@code --quick} trades precision for time. */
    record Settings(boolean quick, int warmups, int runs, int graphHopperRuns, int generatedNodes) {
        static Settings parse(String[] args) {
            boolean quick = List.of(args).contains("--quick");
            for (String arg : args) {
                if (!arg.equals("--quick")) {
                    throw new IllegalArgumentException(
                            "bench: unknown option '" + arg + "' (usage: bench [--quick] | bench --booking)");
                }
            }
            return quick ? new Settings(true, 1, 2, 1, 200_000) : new Settings(false, 2, 5, 3, 2_000_000);
        }
    }

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).equals(List.of("--booking"))) {
            BookingBench.run();
            return;
        }
        Settings settings = Settings.parse(args);
        // GraphHopper reads PBF with osmosis gencode from protobuf 3.x, which protobuf 4 warns about on every message
        // type; the file is our own trusted extract, so the warning is noise here.
        System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
        BenchReport report = new BenchReport();
        Path pbf = sharedOsm(LIECHTENSTEIN);
        ScenarioBench liechtenstein = new ScenarioBench("liechtenstein", "import", settings, report);
        WhatIfBench.run("liechtenstein", liechtenstein.run(() -> read(pbf), pbf, 1500, 1024), settings, report);
        String generated = settings.generatedNodes() == 2_000_000 ? "generated-2M" : "generated-200k";
        ScenarioBench city = new ScenarioBench(generated, "generate", settings, report);
        Supplier<CityData> generator =
                () -> CityGenerator.generate(CitySpec.ofNodes(GENERATED_SEED, settings.generatedNodes()))
                        .city();
        double wholeLimit_ms = settings.quick() ? Double.NaN : 10_000;
        WhatIfBench.run(generated, city.run(generator, null, wholeLimit_ms, Double.NaN), settings, report);
        CoverageBench.run(settings, report);
        System.out.println();
        report.print(System.out);
    }

    private static CityData read(Path pbf) {
        try {
            return OsmCityReader.read(pbf, OsmImportOptions.defaults());
        } catch (OsmImportException e) {
            throw new IllegalStateException("cannot benchmark: " + e.getMessage(), e);
        }
    }

    /** {@code shared/data/osm/<name>} beside the repository, found by walking up from the working directory. */
    static Path sharedOsm(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate =
                    dir.resolve("shared").resolve("data").resolve("osm").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/osm/" + name + " not found above "
                + Path.of("").toAbsolutePath() + " (see shared/data/README.md)");
    }
}
