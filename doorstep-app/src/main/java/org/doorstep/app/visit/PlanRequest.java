package org.doorstep.app.visit;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Generate a community's visit plans for a month. Without a visitor, plans go round-robin to the community's
 * workers; with {@code visitorUserId} or {@code visitorName} (a volunteer), all go to that visitor.
 */
record PlanRequest(long communityId, YearMonth month, @Nullable Long visitorUserId, @Nullable String visitorName) {}
