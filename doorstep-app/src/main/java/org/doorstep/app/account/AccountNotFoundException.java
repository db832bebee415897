package org.doorstep.app.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No account has the given id: answered 404. */
public class AccountNotFoundException extends ErrorResponseException {

    public AccountNotFoundException(long userId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no user " + userId), null);
    }
}
