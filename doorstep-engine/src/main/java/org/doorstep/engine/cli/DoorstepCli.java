package org.doorstep.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import org.doorstep.engine.osm.OsmImportException;

/**
 * The engine's command line, run by the {@code ./doorstep} launcher: {@code evaluate} and {@code plan}. Exit status 0
 * on success, 1 when the input cannot be read or the output cannot be written, 2 for a command line it cannot run.
 * Progress goes to standard error, so that standard output stays free for what a command prints as its result.
 */
public final class DoorstepCli {

    private DoorstepCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("doorstep: which command? evaluate, plan");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "evaluate" -> EvaluateCommand.run(rest, out, err);
                case "plan" -> PlanCommand.run(rest, out, err);
                default -> throw new UsageException("unknown command '" + args[0] + "'; known: evaluate, plan");
            }
            return 0;
        } catch (UsageException e) {
            err.println("doorstep " + e.getMessage());
            return 2;
        } catch (InputFileException e) {
            err.println("doorstep " + args[0] + ": " + e.getMessage());
            return 1;
        } catch (OsmImportException e) {
            err.println("doorstep " + args[0] + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("doorstep " + args[0] + ": cannot write the results: " + e);
            return 1;
        }
    }
}
