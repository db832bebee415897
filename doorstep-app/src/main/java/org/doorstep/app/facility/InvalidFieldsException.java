package org.doorstep.app.facility;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request refused for bad fields: answered 400 with every fault in the {@code errors} property. */
class InvalidFieldsException extends ErrorResponseException {

    /** One bad field and what is wrong with it. */
    record FieldError(String field, String message) {}

    InvalidFieldsException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, detail(errors), null);
    }

    private static ProblemDetail detail(List<FieldError> errors) {
        FieldError first = errors.get(0);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + "; first: " + first.field() + ": "
                        + first.message());
        detail.setTitle("Invalid request");
        detail.setProperty("errors", errors);
        return detail;
    }
}
