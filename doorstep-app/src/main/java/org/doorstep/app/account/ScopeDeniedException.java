package org.doorstep.app.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The current user's role or scope does not cover what it asked for: answered 403 as a problem detail. */
public class ScopeDeniedException extends ErrorResponseException {

    public ScopeDeniedException(String message) {
        super(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message), null);
    }
}
