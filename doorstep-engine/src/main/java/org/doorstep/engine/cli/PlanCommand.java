package org.doorstep.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.osm.OsmImportException;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.standards.StandardsCatalog;
import org.jspecify.annotations.Nullable;

/**
 * {@code plan}: the planner's run over an OpenStreetMap extract. Per estimated community and category, coverage at the
 * 5, 10 and 15-minute levels and the standards check; per siting category, blind spots and, with {@code --candidates},
 * ranked site recommendations; a self-contained HTML report. Every input file is checked before the analysis and
 * everything is computed before the first file is written, so a failed run writes nothing.
 */
final class PlanCommand {

    static final String USAGE =
            "usage: ./doorstep plan --osm FILE --out DIR [--profile general|elderly] [--residents N]"
                    + " [--standards FILE] [--categories elderly_care,childcare,meals] [--candidates FILE]"
                    + " [--k N | --budget X] [--signals FILE]";

    static final String DEFAULT_CATEGORIES = "elderly_care,childcare,meals";
    static final int DEFAULT_K = 5;

    private PlanCommand() {}

    static void run(String[] args, PrintStream out, PrintStream progress)
            throws UsageException, InputFileException, OsmImportException, IOException {
        PlanRequest request = request(CommandLine.parse(
                "plan",
                args,
                Set.of(
                        "osm",
                        "out",
                        "profile",
                        "residents",
                        "standards",
                        "categories",
                        "candidates",
                        "k",
                        "budget",
                        "signals"),
                Set.of()));
        PhaseClock clock = new PhaseClock(progress, PlanAnalysis.PHASES);
        Plan plan = PlanAnalysis.run(request, clock);
        clock.start("write", "writing results to " + request.out());
        PlanFiles.write(plan, clock.elapsed_ms());
        clock.end();
        out.printf(
                Locale.ROOT,
                "%s: %,d communities (estimated), %,d residential buildings; results in %s%n",
                request.osm().getFileName(),
                plan.communities().size(),
                plan.evaluation().network().buildings().size(),
                request.out());
    }

    /** Checks the command line and reads every input file except the OSM extract. */
    static PlanRequest request(CommandLine line) throws UsageException, InputFileException {
        Path osm = Path.of(line.require("osm"));
        Path out = Path.of(line.require("out"));
        if (line.has("k") && line.has("budget")) {
            throw new UsageException("plan: --k and --budget exclude each other; give one\n" + USAGE);
        }
        SitingQuery query = line.has("budget")
                ? SitingQuery.budget(positive(line, "budget"))
                : SitingQuery.sites(line.positiveInt("k", DEFAULT_K));
        List<ServiceCategory> categories = categories(line.get("categories", DEFAULT_CATEGORIES));
        if (!Files.isRegularFile(osm)) {
            throw new UsageException("plan: --osm " + osm + " is not a readable file\n" + USAGE);
        }
        Path candidatesFile = optionalFile(line, "candidates");
        List<Candidate> candidates = candidatesFile == null ? List.of() : CandidateSites.read(candidatesFile);
        if (query.budgeted()) {
            requireCosts(candidates, candidatesFile);
        }
        Path signalsFile = optionalFile(line, "signals");
        return new PlanRequest(
                osm,
                out,
                line.profile(),
                line.nonNegativeNumber("residents"),
                catalog(optionalFile(line, "standards")),
                categories,
                candidates,
                candidatesFile,
                query,
                signalsFile == null ? DemandSignals.none() : DemandSignals.read(signalsFile),
                signalsFile);
    }

    private static double positive(CommandLine line, String name) throws UsageException {
        double value = line.nonNegativeNumber(name);
        if (!(value > 0)) {
            throw new UsageException("plan: --" + name + " takes a number > 0, got " + line.get(name, ""));
        }
        return value;
    }

    private static List<ServiceCategory> categories(String codes) throws UsageException {
        EnumSet<ServiceCategory> set = EnumSet.noneOf(ServiceCategory.class);
        for (String code : codes.split(",", -1)) {
            try {
                set.add(ServiceCategory.ofCode(code.trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("plan: --categories: " + e.getMessage());
            }
        }
        return List.copyOf(set);
    }

    private static @Nullable Path optionalFile(CommandLine line, String name) throws UsageException {
        if (!line.has(name)) {
            return null;
        }
        Path file = Path.of(line.get(name, ""));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("plan: --" + name + " " + file + " is not a readable file");
        }
        return file;
    }

    private static void requireCosts(List<Candidate> candidates, @Nullable Path file) throws InputFileException {
        for (Candidate candidate : candidates) {
            if (Double.isNaN(candidate.cost())) {
                throw new InputFileException(file + " " + candidate.where()
                        + ", column cost: empty, but --budget needs the cost of every candidate");
            }
        }
    }

    private static StandardsCatalog catalog(@Nullable Path file) throws InputFileException {
        if (file == null) {
            return StandardsCatalog.nationalDefault();
        }
        try {
            return StandardsCatalog.load(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InputFileException(e.getMessage());
        }
    }
}
