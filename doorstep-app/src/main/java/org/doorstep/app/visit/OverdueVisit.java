package org.doorstep.app.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident on the overdue list: either no visit fulfilling this month's plan after the due day, or a follow-up task
 * past its due date.
 *
 * @param followUpId the late task, null for a missing visit
 * @param dueOn the day the visit or the task was due
 */
record OverdueVisit(
        long residentId,
        long planId,
        Reason reason,
        @Nullable Long followUpId,
        @Nullable String task,
        LocalDate dueOn) {

    enum Reason {
        NO_VISIT_THIS_MONTH,
        FOLLOW_UP_PAST_DUE
    }
}
