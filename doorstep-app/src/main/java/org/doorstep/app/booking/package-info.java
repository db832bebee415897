/**
 * Services that facilities offer, their sessions and the bookings of residents: places taken under a count the
 * database keeps ({@code service_session.held <= capacity}), a waitlist in arrival order, freed places offered to the
 * waitlist with a deadline, idempotent booking requests, attendance kept by operators, and eligibility by age, special
 * group and service area from the registry. Other modules use {@link org.doorstep.app.booking.ServiceCatalog},
 * {@link org.doorstep.app.booking.BookingService}, {@link org.doorstep.app.booking.IneligibleException} for their own
 * refusals by rule (childcare, meals) and, for planning, {@link org.doorstep.app.booking.BookingSignals}.
 */
@NullMarked
package org.doorstep.app.booking;

import org.jspecify.annotations.NullMarked;
