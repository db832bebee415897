package org.doorstep.app.request;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a resident's page reads of requests: its own requests (and those it gave a "+1") with their promised dates,
 * and, before it files one, the open request of the same service nearby that the new one would duplicate.
 */
@RestController
class ResidentRequestController {

    /**
     * A request as its reporter follows it.
     *
     * @param mine true where the user reported it (only the reporter re-opens and rates), false for a "+1"
     */
    record RequestSummary(
            long id,
            String serviceCode,
            String status,
            RequestState state,
            @Nullable String description,
            @Nullable String statusNotes,
            OffsetDateTime requestedAt,
            OffsetDateTime expectedAt,
            boolean overdue,
            int supporters,
            boolean mine) {}

    /** An open request nearby that a new report of the same service would duplicate: enough to recognise it. */
    record PossibleDuplicate(
            long id, String serviceCode, @Nullable String description, OffsetDateTime requestedAt, int supporters) {}

    // The duplicate is shown whoever reported it (as the intake would add a "+1" to it): no reporter details in it.
    private static final ScopeSql.Condition EVERY_REQUEST = new ScopeSql.Condition("1 = 1", Map.of());

    private final ServiceRequestRepository requests;
    private final RequestAccess access;
    private final RequestLocator locator;
    private final RequestServiceCatalog catalog;
    private final AccessScopes scopes;
    private final Clock clock;

    ResidentRequestController(
            ServiceRequestRepository requests,
            RequestAccess access,
            RequestLocator locator,
            RequestServiceCatalog catalog,
            AccessScopes scopes,
            Clock clock) {
        this.requests = requests;
        this.access = access;
        this.locator = locator;
        this.catalog = catalog;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The requests the user sees, newest first (a resident: its own and those it supports). */
    @GetMapping("/api/requests/mine")
    List<RequestSummary> listRequests() {
        AccessScope scope = scopes.current();
        Instant now = clock.instant();
        return requests.list("1 = 1", Map.of(), access.readable(scope)).stream()
                .map(r -> summary(r, scope, now))
                .toList();
    }

    /**
     * The open request of the service within {@value RequestLocator#DUPLICATE_RADIUS_M} m of the point (or of the
     * building {@code addressId}) from the last week, as a list of none or one, for those who file requests.
     */
    @GetMapping("/api/requests/possible-duplicates")
    List<PossibleDuplicate> listPossibleDuplicates(
            @RequestParam String serviceCode,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(name = "long", required = false) @Nullable Double lon,
            @RequestParam(required = false) @Nullable String addressId) {
        AccessScope scope = scopes.current();
        scope.requireIndividuals();
        scope.requireRole(Role.RESIDENT, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.ADMIN);
        String code = catalog.getService(serviceCode).code();
        NewServiceRequest point = new NewServiceRequest(
                code, lat, lon, null, addressId, null, null, null, null, null, null, null, Map.of());
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return locator
                .findDuplicate(code, locator.locate(point), now)
                .flatMap(id -> requests.find(id, EVERY_REQUEST))
                .map(r -> new PossibleDuplicate(
                        r.id(), r.serviceCode(), r.description(), r.requestedAt(), r.supporters()))
                .stream()
                .toList();
    }

    private static RequestSummary summary(ServiceRequest r, AccessScope scope, Instant now) {
        Long reporter = r.reporterUserId();
        return new RequestSummary(
                r.id(),
                r.serviceCode(),
                r.state().open311Status(),
                r.state(),
                r.description(),
                r.statusNotes(),
                r.requestedAt(),
                r.expectedAt(),
                r.overdue(now),
                r.supporters(),
                reporter != null && reporter == scope.userId());
    }
}
