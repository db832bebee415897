package org.doorstep.app.visit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit to record against a plan. The health finding is health data and is stored encrypted.
 *
 * @param visitor who went, as a name; null for the signed-in user
 */
record NewVisit(
        LocalDate visitedOn,
        @Nullable String visitor,
        VisitOutcome outcome,
        @Nullable String healthFinding,
        @Nullable String safetyFinding,
        @Nullable String needsFinding,
        @Nullable List<NewFollowUp> followUps) {

    /** A task arising from a visit, due on a day. */
    record NewFollowUp(String task, LocalDate dueOn) {}

    List<NewFollowUp> followUpList() {
        return followUps == null ? List.of() : followUps;
    }
}
