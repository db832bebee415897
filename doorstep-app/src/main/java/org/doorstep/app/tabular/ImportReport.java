package org.doorstep.app.tabular;

import java.util.List;

/**
 * What an import did or would have done.
 *
 * @param source the file's name
 * @param rowsRead data rows read (the header not counted)
 * @param rowsImported rows written: all of them, or none when there are problems
 * @param problems every fault found, in file order; empty for an accepted import
 */
public record ImportReport(String source, int rowsRead, int rowsImported, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** An accepted import of all its rows. */
    public static ImportReport accepted(String source, int rows) {
        return new ImportReport(source, rows, rows, List.of());
    }
}
