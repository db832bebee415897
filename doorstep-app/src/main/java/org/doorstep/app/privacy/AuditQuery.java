package org.doorstep.app.privacy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A filter over the audit log; null criteria match everything. Dates are calendar days in China Standard Time, both
 * ends included.
 *
 * @param page zero-based page of {@code size} entries, newest first
 * @param size entries per page, 1 to {@link #MAX_SIZE}
 */
public record AuditQuery(
        @Nullable String subjectKind,
        @Nullable String subjectId,
        @Nullable String actor,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int page,
        int size) {

    public static final int MAX_SIZE = 1000;

    public AuditQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") lies before 'from' (" + from + ")");
        }
    }
}
