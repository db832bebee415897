package org.doorstep.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.NetworkOptions;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.osm.OsmCityReader;
import org.doorstep.engine.osm.OsmImportException;
import org.doorstep.engine.osm.OsmImportOptions;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.population.PopulationEstimator;

/**
 * {@code evaluate --osm FILE --out DIR [--profile general|elderly] [--minutes 5,10,15] [--export-graph]}: walking access
 * of every residential building of an OpenStreetMap extract to every service category. Everything is computed before
 * the first file is written, so that a failed run leaves no half-written results.
 */
final class EvaluateCommand {

    static final String USAGE =
            "usage: ./doorstep evaluate --osm FILE --out DIR [--profile general|elderly] [--minutes 5,10,15]"
                    + " [--residents N] [--export-graph]";

    private EvaluateCommand() {}

    static void run(String[] args, PrintStream out, PrintStream progress)
            throws UsageException, OsmImportException, IOException {
        CommandLine line = CommandLine.parse(
                "evaluate", args, Set.of("osm", "out", "profile", "minutes", "residents"), Set.of("export-graph"));
        Path osm = Path.of(line.require("osm"));
        Path outDir = Path.of(line.require("out"));
        WalkProfile profile = line.profile();
        AccessOptions options = AccessOptions.defaults().withThresholds_min(line.positiveInts("minutes", "5,10,15"));
        double residents = line.nonNegativeNumber("residents");
        if (!Files.isRegularFile(osm)) {
            throw new UsageException("evaluate: --osm " + osm + " is not a readable file\n" + USAGE);
        }

        PhaseClock clock = new PhaseClock(progress, 5);
        Evaluation evaluation = evaluate(osm, profile, options, residents, clock);
        clock.start("write", "writing results to " + outDir);
        EvaluationFiles.write(evaluation, outDir, line.has("export-graph"), clock.elapsed_ms());
        clock.end();
        out.printf(
                Locale.ROOT,
                "%s: %,d residential buildings, %,d facilities; results in %s%n",
                osm.getFileName(),
                evaluation.network().buildings().size(),
                evaluation.network().facilities().size(),
                outDir);
    }

    /**
     * Reads, snaps, estimates and evaluates; the phases are timed on {@code clock}.
     *
     * @param residents a known total to spread over residential floor area, or NaN to estimate it from floor area alone
     */
    static Evaluation evaluate(Path osm, WalkProfile profile, AccessOptions options, double residents, PhaseClock clock)
            throws OsmImportException {
        clock.start("import", "reading " + osm.getFileName());
        CityData city = OsmCityReader.read(osm, OsmImportOptions.defaults());
        clock.start("network", "snapping buildings and facilities onto the walking graph");
        CityNetwork network = CityNetwork.build(city, NetworkOptions.DEFAULTS);
        clock.start("population", "estimating residents from residential floor area");
        Population population = Double.isNaN(residents)
                ? PopulationEstimator.CHINA_URBAN_2020.estimate(city.buildings())
                : PopulationEstimator.CHINA_URBAN_2020.estimateFromTotal(city.buildings(), residents);
        clock.start("access", "walking access per category (" + profile.name() + " profile)");
        AccessResult access = AccessAnalysis.run(network, population, profile, options);
        clock.end();
        return new Evaluation(network, population, access);
    }
}
