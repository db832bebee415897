package org.doorstep.app.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal the Open311 endpoints answer in the specification's error list ({@code errors/error/code, description})
 * and the rest of the API as a problem detail.
 */
class Open311Exception extends ResponseStatusException {

    Open311Exception(int status, String description) {
        super(HttpStatus.valueOf(status), description);
    }

    String description() {
        String reason = getReason();
        return reason == null ? getStatusCode().toString() : reason;
    }
}
