package org.doorstep.app.account;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** {@code POST /api/auth/token} refused the username and password: 401, or 429 with Retry-After while locked. */
class LoginRefusedException extends ErrorResponseException {

    private LoginRefusedException(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    /** The same answer for an unknown username and a wrong password, so that neither tells which it was. */
    static LoginRefusedException badCredentials() {
        return new LoginRefusedException(HttpStatus.UNAUTHORIZED, "username or password is wrong");
    }

    static LoginRefusedException disabled() {
        return new LoginRefusedException(HttpStatus.UNAUTHORIZED, "account disabled");
    }

    static LoginRefusedException locked(Instant lockedUntil, Instant now) {
        LoginRefusedException refused = new LoginRefusedException(
                HttpStatus.TOO_MANY_REQUESTS, "account locked until " + lockedUntil + " after too many failed logins");
        long seconds = Math.max(1, Duration.between(now, lockedUntil).toSeconds());
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        refused.getBody().setProperty("lockedUntil", lockedUntil.toString());
        return refused;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Login refused");
        return problem;
    }
}
