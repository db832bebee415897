package org.doorstep.app.booking;

import java.time.Instant;

/** A booking of a session not yet over, with what its booker needs to recognise it: the service and the times. */
public record UpcomingBooking(Booking booking, String serviceName, Instant startsAt, Instant endsAt) {}
