package org.doorstep.app.booking;

import java.time.Instant;
import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Services and sessions: {@code /api/services} and {@code /api/sessions}. */
@RestController
class ServiceController {

    /** A session to add to the service in the path. */
    record SessionRequest(Instant startsAt, Instant endsAt, int capacity, @Nullable Integer carers) {}

    /** A session's new capacity and carers on duty. */
    record CapacityRequest(int capacity, @Nullable Integer carers) {}

    private final ServiceCatalog catalog;
    private final BookingService bookings;
    private final AccessScopes scopes;

    ServiceController(ServiceCatalog catalog, BookingService bookings, AccessScopes scopes) {
        this.catalog = catalog;
        this.bookings = bookings;
        this.scopes = scopes;
    }

    @PostMapping("/api/services")
    OfferedService createService(@RequestBody NewService service) {
        return catalog.createService(scopes.current(), service);
    }

    @GetMapping("/api/services")
    List<OfferedService> listServices(@RequestParam long facilityId) {
        scopes.current();
        return catalog.listServices(facilityId);
    }

    @GetMapping("/api/services/{id}")
    OfferedService getService(@PathVariable long id) {
        scopes.current();
        return catalog.getService(id);
    }

    @GetMapping("/api/services/{id}/sessions")
    List<ServiceSession> listSessions(@PathVariable long id) {
        scopes.current();
        return catalog.listSessions(id);
    }

    @PostMapping("/api/services/{id}/sessions")
    ServiceSession createSession(@PathVariable long id, @RequestBody SessionRequest request) {
        return catalog.createSession(
                scopes.current(),
                new NewSession(id, request.startsAt(), request.endsAt(), request.capacity(), request.carers()));
    }

    @GetMapping("/api/sessions/{id}")
    ServiceSession getSession(@PathVariable long id) {
        scopes.current();
        return catalog.getSession(id);
    }

    @PutMapping("/api/sessions/{id}/capacity")
    ServiceSession resize(@PathVariable long id, @RequestBody CapacityRequest request) {
        return catalog.resizeSession(scopes.current(), id, request.capacity(), request.carers());
    }

    /** Moves a session or changes its places; places a raise frees are offered to the waitlist. */
    @PutMapping("/api/sessions/{id}")
    ServiceSession editSession(@PathVariable long id, @RequestBody SessionRequest request) {
        return catalog.editSession(
                scopes.current(),
                id,
                new SessionChange(request.startsAt(), request.endsAt(), request.capacity(), request.carers()));
    }

    @GetMapping("/api/sessions/{id}/bookings")
    List<Booking> listBookings(@PathVariable long id) {
        return bookings.listSessionBookings(scopes.current(), id);
    }
}
