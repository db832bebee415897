package org.doorstep.app.place;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A GeoJSON import refused whole: answered 422 as a problem detail whose {@code problems} property lists every fault
 * by feature index and property; nothing was written.
 */
class FeatureImportRejectedException extends ErrorResponseException {

    private final List<FeatureProblem> problems;

    FeatureImportRejectedException(List<FeatureProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, detail(problems), null);
        this.problems = List.copyOf(problems);
    }

    List<FeatureProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return summary(problems);
    }

    private static ProblemDetail detail(List<FeatureProblem> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, summary(problems));
        detail.setTitle("Refused; nothing was changed");
        detail.setProperty("problems", problems);
        return detail;
    }

    private static String summary(List<FeatureProblem> problems) {
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "; nothing was imported."
                + (problems.isEmpty() ? "" : " First: " + problems.get(0));
    }
}
