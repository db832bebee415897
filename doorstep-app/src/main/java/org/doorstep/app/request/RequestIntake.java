package org.doorstep.app.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes new requests in: checks them against their service's definition, places and routes them, and answers a
 * report of a problem already open nearby with that request's id and a "+1" instead of a second request.
 */
@Service
class RequestIntake {

    /** The audit log's subject kind for a request's reporter details. */
    static final String SUBJECT = "service_request";

    /** What the reporter is told: the request's id, and whether it was an existing one that got a "+1". */
    record Receipt(long requestId, boolean duplicate, @Nullable String notice, long accountId) {}

    private final RequestServiceCatalog catalog;
    private final RequestLocator locator;
    private final RequestRouting routing;
    private final ServiceRequestRepository requests;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    RequestIntake(
            RequestServiceCatalog catalog,
            RequestLocator locator,
            RequestRouting routing,
            ServiceRequestRepository requests,
            PersonalDataCipher cipher,
            AuditLog audit,
            Clock clock) {
        this.catalog = catalog;
        this.locator = locator;
        this.routing = routing;
        this.requests = requests;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a request, or adds the reporter's "+1" to the open request of the same service within
     * {@value RequestLocator#DUPLICATE_RADIUS_M} m of it from the last 7 days.
     *
     * @throws Open311Exception 404 for an unknown service, 400 naming the missing or bad field
     */
    @Transactional
    public Receipt submit(AccessScope scope, NewServiceRequest request) {
        ServiceType service = catalog.getService(request.serviceCode());
        RequestChecks.check(service, request);
        OffsetDateTime now = now();
        RequestLocator.Location location = locator.locate(request);
        Optional<Long> duplicate = locator.findDuplicate(service.code(), location, now);
        if (duplicate.isPresent()) {
            long id = duplicate.get();
            requests.addSupporter(id, scope.userId(), now);
            return new Receipt(
                    id,
                    true,
                    "+1: the same problem was reported nearby and is open as request " + id
                            + "; your report was added to it",
                    scope.userId());
        }
        RequestRouting.Route route = routing.route(service.code(), location.communityId());
        ServiceRequestRepository.Placement placement = new ServiceRequestRepository.Placement(
                location.communityId(),
                location.lat(),
                location.lon(),
                route.operatorId(),
                route.department(),
                route.agency());
        long id = requests.insert(
                request, placement, scope.userId(), encrypted(request), now, now.plus(service.serviceLevel()));
        if (request.reporterName() != null || request.phone() != null || request.email() != null) {
            audit.record(scope, AuditAction.CREATE, SUBJECT, id, java.util.List.of("reporter"), null);
        }
        return new Receipt(id, false, service.notice(), scope.userId());
    }

    private ServiceRequestRepository.EncryptedReporter encrypted(NewServiceRequest r) {
        return new ServiceRequestRepository.EncryptedReporter(
                encrypt(r.reporterName()), encrypt(r.phone()), encrypt(r.email()));
    }

    private @Nullable String encrypt(@Nullable String value) {
        return value == null || value.isBlank() ? null : cipher.encrypt(value.strip());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
