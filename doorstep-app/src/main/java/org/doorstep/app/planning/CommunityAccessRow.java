package org.doorstep.app.planning;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * One community's coverage row with its blind spots within the same threshold: the buildings beyond it (or
 * unreachable), and the registered residents of those holding at least 5, the figures the blind-spot layer shows.
 * The residents are null where the row is suppressed; a sum of them is a lower bound, since smaller buildings are left
 * out. In JSON the coverage row's fields sit beside the blind-spot ones.
 */
public record CommunityAccessRow(
        @JsonUnwrapped CommunityCoverageRow coverage, long blindSpotBuildings, @Nullable Long blindSpotResidents) {}
