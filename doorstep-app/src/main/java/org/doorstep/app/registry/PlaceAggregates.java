package org.doorstep.app.registry;

import java.util.List;

/**
 * The communities of a place that the reader's scope covers, each with its suppressed counts.
 *
 * @param suppressedBelow the threshold under which counts are not shown
 */
record PlaceAggregates(long placeId, String name, int suppressedBelow, List<CommunityAggregate> communities) {}
