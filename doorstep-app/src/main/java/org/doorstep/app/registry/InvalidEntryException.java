package org.doorstep.app.registry;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Data entered for a resident or household breaks the registry's rules: answered 400 as a problem detail whose
 * {@code problems} property names each field and what is wrong with it.
 */
class InvalidEntryException extends ErrorResponseException {

    private final String summary;

    InvalidEntryException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.summary = summary(problems);
    }

    @Override
    public String getMessage() {
        return summary;
    }

    /** Throws with the problems if there are any. */
    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    private static ProblemDetail problem(List<FieldProblem> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary(problems));
        detail.setTitle("Invalid entry; nothing was changed");
        detail.setProperty("problems", problems);
        return detail;
    }

    private static String summary(List<FieldProblem> problems) {
        return String.join(
                "; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    }
}
