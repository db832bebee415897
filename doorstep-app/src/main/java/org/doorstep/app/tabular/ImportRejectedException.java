package org.doorstep.app.tabular;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An import refused whole: answered 422 as a problem detail whose {@code report} property lists every fault, and
 * nothing written.
 */
public class ImportRejectedException extends ErrorResponseException {

    private final ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(report), null);
        this.report = report;
    }

    /** A rejection for a fault of the file as a whole (no rows could be read). */
    public static ImportRejectedException ofFile(String source, String message) {
        return new ImportRejectedException(
                new ImportReport(source, 0, 0, List.of(new ImportProblem(0, null, message))));
    }

    public ImportReport report() {
        return report;
    }

    @Override
    public String getMessage() {
        return summary(report);
    }

    private static ProblemDetail problem(ImportReport report) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, summary(report));
        problem.setTitle("Import refused; nothing was changed");
        problem.setProperty("report", report);
        return problem;
    }

    private static String summary(ImportReport report) {
        List<ImportProblem> problems = report.problems();
        String first = problems.isEmpty() ? "" : " First: " + problems.get(0);
        return report.source() + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in "
                + report.rowsRead() + " rows; nothing was imported." + first;
    }
}
