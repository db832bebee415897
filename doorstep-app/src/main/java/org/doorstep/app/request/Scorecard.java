package org.doorstep.app.request;

import org.jspecify.annotations.Nullable;

/**
 * How an operator performs on its work orders.
 *
 * @param onTimeRate completed by their due time over completed, null before the first completion
 * @param meanSatisfaction mean stars (1-5) of the ratings of its requests, null before the first rating
 * @param complaints re-openings of requests it had resolved, and ratings of 1 or 2 stars
 */
record Scorecard(
        long operatorId,
        long workOrders,
        long completed,
        long completedOnTime,
        @Nullable Double onTimeRate,
        long ratings,
        @Nullable Double meanSatisfaction,
        long complaints) {}
