package org.doorstep.app.facility;

import java.util.ArrayList;
import java.util.List;

/**
 * The faults of one submitted record by field, so that the same rules serve a REST request (answered 400 with all of
 * them) and an import row (reported with its row and column). Fields are named as in the JSON API.
 */
interface Faults {

    void add(String field, String message);

    /** Faults of a REST request; {@link #throwIfAny()} answers them. Not thread-safe. */
    final class OfRequest implements Faults {
        private final List<InvalidFieldsException.FieldError> errors = new ArrayList<>();

        @Override
        public void add(String field, String message) {
            errors.add(new InvalidFieldsException.FieldError(field, message));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
        }

        /** For the system API: an {@link IllegalArgumentException} naming the record and every fault, if any. */
        void throwIfAny(String record) {
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(record + ": "
                        + errors.stream()
                                .map(e -> e.field() + ": " + e.message())
                                .collect(java.util.stream.Collectors.joining("; ")));
            }
        }
    }
}
