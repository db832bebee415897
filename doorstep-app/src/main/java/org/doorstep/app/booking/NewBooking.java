package org.doorstep.app.booking;

import org.jspecify.annotations.Nullable;

/**
 * A request to book a session for a resident.
 *
 * @param idempotencyKey the client's key for this request (the {@code Idempotency-Key} header): a retry with the same
 *     key by the same user returns the first booking instead of making another; null for none
 */
public record NewBooking(long sessionId, long residentId, @Nullable String idempotencyKey) {}
