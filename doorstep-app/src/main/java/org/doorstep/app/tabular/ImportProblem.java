package org.doorstep.app.tabular;

import org.jspecify.annotations.Nullable;

/**
 * One fault in an imported file.
 *
 * @param row the row's number as a spreadsheet shows it (the header is row 1), or 0 for the file as a whole
 * @param column the column's header, or null where the fault is not one cell's
 * @param message what is wrong, in words a clerk can act on
 */
public record ImportProblem(int row, @Nullable String column, String message) {

    @Override
    public String toString() {
        return (row > 0 ? "row " + row : "file") + (column != null ? ", column " + column : "") + ": " + message;
    }
}
