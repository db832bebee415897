package org.doorstep.app.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Another account already has this username: answered 409. */
public class UsernameTakenException extends ErrorResponseException {

    public UsernameTakenException(String username) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "username '" + username + "' is taken"),
                null);
    }
}
