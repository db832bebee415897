package org.doorstep.app.booking;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The refusals the booking module answers with, as problem details. */
final class Refusals {

    private Refusals() {}

    /** 404 that says nothing more than that nothing of this kind and id is visible to the caller. */
    static ResponseStatusException notFound(String kind, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + kind + " " + id);
    }

    /** 409: the request does not fit the booking's or session's current state. */
    static ResponseStatusException conflict(String detail) {
        return new ResponseStatusException(HttpStatus.CONFLICT, detail);
    }

    /** 400: the request itself is malformed, naming the field. */
    static ResponseStatusException badRequest(String field, String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": " + detail);
    }
}
