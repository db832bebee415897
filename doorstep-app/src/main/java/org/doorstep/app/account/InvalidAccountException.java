package org.doorstep.app.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An account or grant that breaks a rule: answered 400 naming the field and what is wrong with it. */
public class InvalidAccountException extends ErrorResponseException {

    public InvalidAccountException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setTitle("Invalid account");
        problem.setProperty("field", field);
        return problem;
    }
}
