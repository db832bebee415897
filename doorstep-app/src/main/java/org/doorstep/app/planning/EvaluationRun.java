package org.doorstep.app.planning;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of a city: who asked, with which walking profile, where it stands, and what went in.
 *
 * @param phase the phase being worked on while running (loading, network, access, aggregating, saving)
 * @param residentsSource {@code registry} or {@code estimated} once known
 */
public record EvaluationRun(
        long id,
        long cityId,
        String profile,
        EvaluationStatus status,
        @Nullable String phase,
        String requestedBy,
        OffsetDateTime requestedAt,
        @Nullable OffsetDateTime finishedAt,
        @Nullable String error,
        @Nullable Integer buildings,
        @Nullable Integer facilities,
        @Nullable String residentsSource,
        @Nullable Double residents,
        @Nullable Integer unsnappedBuildings,
        String thresholdsMin) {}
