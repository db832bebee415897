package org.doorstep.app.planning;

import org.jspecify.annotations.Nullable;

/** An evaluation run moved on: a new phase, or done, or failed (then {@code error} says why). */
public record EvaluationProgressed(
        long runId, EvaluationStatus status, @Nullable String phase, @Nullable String error) {}
