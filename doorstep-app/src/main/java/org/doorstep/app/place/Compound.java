package org.doorstep.app.place;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/** A residential compound (小区) of a community, with its boundary as GeoJSON where known and its building count. */
record Compound(long id, long communityId, String name, @JsonRawValue @Nullable String boundary, int buildings) {}
