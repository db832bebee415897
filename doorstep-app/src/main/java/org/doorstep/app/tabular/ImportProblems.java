package org.doorstep.app.tabular;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the faults of one import while it validates every row, so that the clerk gets all of them at once, then
 * rejects the whole file if there were any. Not thread-safe; one per import.
 */
public final class ImportProblems {

    private final String source;
    private final List<ImportProblem> problems = new ArrayList<>();

    public ImportProblems(String source) {
        this.source = source;
    }

    public void add(int row, @Nullable String column, String message) {
        problems.add(new ImportProblem(row, column, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws {@link ImportRejectedException} with every fault if there is any; returns otherwise. */
    public void throwIfAny(int rowsRead) {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(new ImportReport(source, rowsRead, 0, problems));
        }
    }
}
