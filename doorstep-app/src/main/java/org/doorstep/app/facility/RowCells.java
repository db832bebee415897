package org.doorstep.app.facility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.doorstep.app.tabular.ImportProblems;
import org.doorstep.app.tabular.Table;
import org.jspecify.annotations.Nullable;

/**
 * The typed cells of one import row; every unreadable cell is reported against its row and column, and read as null.
 * Not thread-safe; one per row.
 */
final class RowCells {

    private final Table table;
    private final Table.Row row;
    private final ImportProblems problems;

    RowCells(Table table, Table.Row row, ImportProblems problems) {
        this.table = table;
        this.row = row;
        this.problems = problems;
    }

    int number() {
        return row.number();
    }

    void problem(String column, String message) {
        problems.add(row.number(), column, message);
    }

    /**
     * The row's faults as {@link Faults}, JSON field names turned into the file's columns.
     *
     * @param columns column by field; a field without one is reported under its own name
     */
    Faults faults(Map<String, String> columns) {
        return (field, message) -> problem(columns.getOrDefault(field, field), message);
    }

    /** The trimmed cell, null where blank. */
    @Nullable
    String text(String column) {
        return table.cell(row, column);
    }

    /** The trimmed cell; null with a problem where it is blank. */
    @Nullable
    String required(String column) {
        String text = text(column);
        if (text == null) {
            problem(column, "required, but empty");
        }
        return text;
    }

    /** A finite number; null where blank (a problem when required) or not a number. */
    @Nullable
    Double number(String column, boolean required) {
        String text = required ? required(column) : text(column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with its cell
        }
        problem(column, "'" + text + "' is not a number");
        return null;
    }

    /** An ISO 8601 date (2025-06-30); null where blank or unreadable (then with a problem). */
    @Nullable
    LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(column, "'" + text + "' is not a date like 2025-06-30");
            return null;
        }
    }
}
