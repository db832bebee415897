package org.doorstep.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.engine.graph.WalkProfile;

/**
 * Options of the form {@code --name value}, {@code --name=value} or a bare {@code --flag}, checked against the names a
 * command knows, so that a typo is refused rather than ignored.
 */
final class CommandLine {

    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();

    private CommandLine(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args}.
     *
     * @param withValue option names that take a value
     * @param flags option names that stand alone
     */
    static CommandLine parse(String command, String[] args, Set<String> withValue, Set<String> flags)
            throws UsageException {
        CommandLine line = new CommandLine(command);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (flags.contains(name) && equals < 0) {
                line.values.put(name, "true");
            } else if (withValue.contains(name)) {
                String value = equals >= 0 ? arg.substring(equals + 1) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isEmpty()) {
                    throw new UsageException(command + ": --" + name + " needs a value");
                }
                line.values.put(name, value);
            } else {
                List<String> known = new ArrayList<>(withValue);
                known.addAll(flags);
                known.sort(null);
                throw new UsageException(
                        command + ": unknown option '" + arg + "'; known: --" + String.join(", --", known));
            }
        }
        return line;
    }

    String require(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(command + ": --" + name + " is required");
        }
        return value;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A comma-separated list of positive whole numbers, ascending and without repeats. */
    int[] positiveInts(String name, String fallback) throws UsageException {
        String text = get(name, fallback);
        String[] parts = text.split(",", -1);
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException(
                        command + ": --" + name + " takes whole numbers like 5,10,15; '" + parts[i] + "' is not one");
            }
            if (numbers[i] <= 0 || (i > 0 && numbers[i] <= numbers[i - 1])) {
                throw new UsageException(
                        command + ": --" + name + " takes positive numbers in ascending order, got " + text);
            }
        }
        return numbers;
    }

    /** {@code --name N}: a finite number {@code >= 0}; NaN when the option is absent. */
    double nonNegativeNumber(String name) throws UsageException {
        if (!has(name)) {
            return Double.NaN;
        }
        String text = get(name, "");
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new UsageException(command + ": --" + name + " takes a number >= 0, got '" + text + "'");
    }

    /** {@code --name N}: a whole number {@code >= 1}, {@code fallback} when absent. */
    int positiveInt(String name, int fallback) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        String text = get(name, "");
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new UsageException(command + ": --" + name + " takes a whole number >= 1, got '" + text + "'");
    }

    /** {@code --profile general|elderly}, general when absent. */
    WalkProfile profile() throws UsageException {
        try {
            return WalkProfile.named(get("profile", "general"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }
}
