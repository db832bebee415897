package org.doorstep.app.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * One community's coverage row with its blind spots within the same threshold: the buildings beyond it (or
 * unreachable), and the registered residents of those holding at least 5, the figures the blind-spot layer shows.
 * The residents are null where the row is suppressed; a sum of them is a lower bound, since smaller buildings are left
 * out. In JSON the coverage row's fields sit beside the blind-spot ones, which are left out where not asked for (and the residents where the row is suppressed).
 */
public record CommunityAccessRow(
        @JsonUnwrapped CommunityCoverageRow coverage,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long blindSpotBuildings,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long blindSpotResidents) {}
