package org.doorstep.app.booking;

import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings: {@code /api/bookings}. A booking that finds its session full is answered 200 with status WAITLISTED, not
 * an error; a refusal by a rule is 422 naming the rule.
 */
@RestController
@RequestMapping("/api/bookings")
class BookingController {

    /** A session to book for a resident. */
    record BookingRequest(long sessionId, long residentId) {}

    private static final int MAX_KEY_LENGTH = 100;

    private final BookingService bookings;
    private final AccessScopes scopes;

    BookingController(BookingService bookings, AccessScopes scopes) {
        this.bookings = bookings;
        this.scopes = scopes;
    }

    @PostMapping
    Booking book(
            @RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw Refusals.badRequest("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return bookings.book(scopes.current(), new NewBooking(request.sessionId(), request.residentId(), key));
    }

    /** The user's bookings of sessions not yet over: "my bookings" of the resident's page. */
    @GetMapping
    List<UpcomingBooking> listUpcoming() {
        return bookings.listUpcomingBookings(scopes.current());
    }

    @GetMapping("/{id}")
    Booking get(@PathVariable long id) {
        return bookings.getBooking(scopes.current(), id);
    }

    @PostMapping("/{id}/cancel")
    Booking cancel(@PathVariable long id) {
        return bookings.cancel(scopes.current(), id);
    }

    @PostMapping("/{id}/accept")
    Booking accept(@PathVariable long id) {
        return bookings.accept(scopes.current(), id);
    }

    @PostMapping("/{id}/confirm")
    Booking confirm(@PathVariable long id) {
        return bookings.confirm(scopes.current(), id);
    }

    @PostMapping("/{id}/attended")
    Booking attended(@PathVariable long id) {
        return bookings.markAttended(scopes.current(), id);
    }

    @PostMapping("/{id}/no-show")
    Booking noShow(@PathVariable long id) {
        return bookings.markNoShow(scopes.current(), id);
    }
}
