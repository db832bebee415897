package org.doorstep.app.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session's new times and places, replacing the old ones.
 *
 * @param carers carers on duty where the capacity follows carer-to-child ratios, else null
 */
public record SessionChange(Instant startsAt, Instant endsAt, int capacity, @Nullable Integer carers) {}
