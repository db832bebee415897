package org.doorstep.app.booking;

/**
 * Unmet demand for services from the residents of one community over a period, unsuppressed: planning shows it only
 * in aggregates and suppresses small counts itself.
 *
 * @param waitlisted bookings made in the period that found their session full
 * @param stillWaiting of those, how many are waiting now
 * @param refused bookings refused by an eligibility rule in the period
 */
public record CommunityDemand(long communityId, int waitlisted, int stillWaiting, int refused) {}
