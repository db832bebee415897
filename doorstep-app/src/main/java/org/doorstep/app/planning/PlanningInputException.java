package org.doorstep.app.planning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A planning request with a bad field: answered 400 as a problem whose {@code field} property names the field. */
final class PlanningInputException extends ErrorResponseException {

    PlanningInputException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setTitle("Invalid request");
        problem.setProperty("field", field);
        return problem;
    }
}
