package org.doorstep.app.booking;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the rules refuse for this resident (a booking too young or outside the service area, a meal brought home
 * to someone who may walk to the canteen ...): answered 422 as a problem detail whose {@code rule} property names the
 * rule, for example {@code SERVICE_AREA}. Where one field of the request is refused, the {@code field} property names
 * it and the rule's terms (such as {@code minAge}) follow as further properties, for a client to say the refusal in
 * its user's language.
 */
public class IneligibleException extends ErrorResponseException {

    private final String rule;

    public IneligibleException(String rule, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(rule, detail), null);
        this.rule = rule;
    }

    /**
     * A refusal of the request's {@code field} (as the request names it, {@code homeDelivery}) by the rule, with the
     * rule's terms as properties (in the order of their names).
     */
    public IneligibleException(String rule, String field, String detail, Map<String, ?> terms) {
        this(rule, detail);
        ProblemDetail problem = getBody();
        problem.setProperty("field", field);
        new TreeMap<String, Object>(terms).forEach(problem::setProperty);
    }

    /** The rule that refused the request. */
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
