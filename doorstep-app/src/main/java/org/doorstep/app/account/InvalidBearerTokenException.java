package org.doorstep.app.account;

import org.springframework.security.core.AuthenticationException;

/** A request presented a bearer token that is unknown, expired, revoked or belongs to a disabled account. */
class InvalidBearerTokenException extends AuthenticationException {

    InvalidBearerTokenException() {
        super("bearer token is invalid, expired or revoked: get a new one from POST /api/auth/token");
    }
}
