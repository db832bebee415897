package org.doorstep.app.booking;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A booking the rules refuse for this resident (too young, outside the service area ...): answered 422 as a problem
 * detail whose {@code rule} property names the rule, for example {@code SERVICE_AREA}.
 */
public class IneligibleException extends ErrorResponseException {

    private final String rule;

    public IneligibleException(String rule, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(rule, detail), null);
        this.rule = rule;
    }

    /** The rule that refused the booking. */
    public String rule() {
        return rule;
    }

    @Override
    public String getMessage() {
        return rule + ": " + getBody().getDetail();
    }

    private static ProblemDetail problem(String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        problem.setTitle("Not eligible");
        problem.setProperty("rule", rule);
        return problem;
    }
}
