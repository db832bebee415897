package org.doorstep.app.visit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A recorded visit as its community's workers see it, the health finding decrypted (and the read audited). */
record VisitRecord(
        long id,
        long planId,
        long residentId,
        LocalDate visitedOn,
        String visitor,
        VisitOutcome outcome,
        @Nullable String healthFinding,
        @Nullable String safetyFinding,
        @Nullable String needsFinding,
        List<FollowUp> followUps) {

    /** A follow-up task and where it stands. */
    record FollowUp(long id, String task, LocalDate dueOn, FollowUpStatus status, @Nullable LocalDate closedOn) {}
}
