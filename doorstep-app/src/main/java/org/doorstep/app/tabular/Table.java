package org.doorstep.app.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A read table: its header (trimmed, compared without case) and data rows, each with the number a spreadsheet shows
 * for it. Immutable.
 */
public final class Table {

    /** One data row: its number in the file (the header is row 1) and its cells, blank cells as empty strings. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    public Table(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The index of a column by its header, ignoring case; -1 where there is none. */
    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks that every required column is present, reporting each missing one against the header row. Returns true
     * when all are there.
     */
    public boolean requireColumns(ImportProblems problems, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (column(name) < 0) {
                missing.add(name);
                problems.add(
                        1, name, "missing column '" + name + "' (the header has: " + String.join(", ", header) + ")");
            }
        }
        return missing.isEmpty();
    }

    /** The trimmed cell of a row under a column, or null when the column is absent or the cell blank. */
    public @Nullable String cell(Row row, String column) {
        int index = column(column);
        if (index < 0 || index >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(index).trim();
        return value.isEmpty() ? null : value;
    }
}
