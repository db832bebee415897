package org.doorstep.app.visit;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The visit rate of a place (a community, or everything below a street, district or city) for a month: plans with a
 * visit that {@linkplain VisitOutcome#fulfilsDuty() fulfils} the duty over all plans. Unsuppressed: whatever shows it
 * to planners suppresses small counts.
 *
 * @param rate visited / required, null where nothing was required
 */
public record VisitRate(long placeId, YearMonth month, long required, long visited, @Nullable Double rate) {

    static VisitRate of(long placeId, YearMonth month, long required, long visited) {
        return new VisitRate(placeId, month, required, visited, required == 0 ? null : (double) visited / required);
    }
}
