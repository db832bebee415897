package org.doorstep.engine.standards;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a standards file: UTF-8, tab-separated, one header line naming the columns (any order), {@code #} comment lines
 * and blank lines skipped. Every error names the file, the line, the column and what is wrong.
 */
final class StandardsParser {

    static final List<String> COLUMNS = List.of(
            "rule_id",
            "version",
            "kind",
            "level",
            "category",
            "facility",
            "walk_distance_m",
            "area_basis",
            "min_area_m2",
            "max_area_m2",
            "min_count",
            "max_count",
            "per",
            "target_value",
            "unit",
            "year",
            "source",
            "status",
            "note");

    private final String sourceName;
    private int[] columnAt = new int[0];
    private int lineNumber;
    private String[] cells = new String[0];

    StandardsParser(String sourceName) {
        this.sourceName = sourceName;
    }

    List<StandardRule> parse(BufferedReader reader) throws IOException {
        List<StandardRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (columnAt.length == 0) {
                header(line.split("\t", -1));
                continue;
            }
            cells = line.split("\t", -1);
            StandardRule rule = row();
            if (!ids.add(rule.ruleId())) {
                throw error("rule_id", "duplicate rule_id '" + rule.ruleId() + "'");
            }
            rules.add(rule);
        }
        if (columnAt.length == 0) {
            throw new IllegalArgumentException(sourceName + ": no header line");
        }
        return rules;
    }

    private void header(String[] names) {
        columnAt = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            columnAt[c] = List.of(names).indexOf(COLUMNS.get(c));
            if (columnAt[c] < 0) {
                throw new IllegalArgumentException(
                        sourceName + ":" + lineNumber + ": header lacks column '" + COLUMNS.get(c) + "'");
            }
        }
    }

    private StandardRule row() {
        String id = text("rule_id");
        if (id.isEmpty()) {
            throw error("rule_id", "empty rule_id");
        }
        StandardRule rule = new StandardRule(
                id,
                text("version"),
                parsed("kind", RuleKind::ofCode),
                parsed("level", LifeCircleLevel::ofCode),
                text("category"),
                text("facility"),
                number("walk_distance_m"),
                text("area_basis"),
                number("min_area_m2"),
                number("max_area_m2"),
                number("min_count"),
                number("max_count"),
                text("per"),
                number("target_value"),
                text("unit"),
                (int) wholeNumber("year"),
                text("source"),
                confirmed(),
                text("note"));
        parsed("category", code -> rule.category());
        return rule;
    }

    private String text(String column) {
        int index = columnAt[COLUMNS.indexOf(column)];
        if (index >= cells.length) {
            throw error(column, "the row has " + cells.length + " cells, the header " + (index + 1) + " or more");
        }
        return cells[index].trim();
    }

    private <T> T parsed(String column, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text(column));
        } catch (IllegalArgumentException e) {
            throw error(column, e.getMessage());
        }
    }

    /** A non-negative finite number, or NaN for an empty cell. */
    private double number(String column) {
        String cell = text(column);
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw error(column, "'" + cell + "' is not a number");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw error(column, "'" + cell + "' must be finite and >= 0");
        }
        return value;
    }

    private double wholeNumber(String column) {
        double value = number(column);
        if (!Double.isNaN(value) && value != Math.rint(value)) {
            throw error(column, "'" + text(column) + "' must be a whole number");
        }
        return Double.isNaN(value) ? 0 : value;
    }

    private boolean confirmed() {
        String status = text("status");
        if (!status.equals("confirmed") && !status.equals("to_confirm")) {
            throw error("status", "'" + status + "' must be confirmed or to_confirm");
        }
        return status.equals("confirmed");
    }

    private IllegalArgumentException error(String column, String what) {
        int index = columnAt[COLUMNS.indexOf(column)];
        return new IllegalArgumentException(
                sourceName + ":" + lineNumber + ":" + (index + 1) + " (" + column + "): " + what);
    }
}
