package org.doorstep.app.visit;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One resident's visit duty for a month and who is to do it: an app user or a named volunteer (exactly one of
 * {@code visitorUserId} and {@code visitorName}).
 *
 * @param visited true once a visit of the month {@linkplain VisitOutcome#fulfilsDuty() fulfils} the duty
 */
record VisitPlan(
        long id,
        long residentId,
        long communityId,
        YearMonth month,
        @Nullable Long visitorUserId,
        @Nullable String visitorName,
        boolean visited) {}
