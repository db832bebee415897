package org.doorstep.app.request;

import java.time.Clock;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.Masking;
import org.doorstep.app.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request as those handling it see it: the internal state, the overdue flag and, for staff, the reporter's
 * contact details masked (the read audited).
 */
@Service
class RequestDetails {

    private static final List<String> FIELDS = List.of("reporter_name:masked", "reporter_phone:masked");

    /** The internal view; the reporter fields are null for readers other than staff. */
    record RequestDetail(
            ServiceRequest request,
            String status,
            boolean overdue,
            @Nullable String reporterName,
            @Nullable String reporterPhone) {}

    private final ServiceRequestRepository requests;
    private final RequestAccess access;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    RequestDetails(
            ServiceRequestRepository requests,
            RequestAccess access,
            PersonalDataCipher cipher,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.access = access;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RequestDetail getRequest(AccessScope scope, long id) {
        ServiceRequest request = requests.find(id, access.readable(scope))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no service request " + id + " in your scope"));
        boolean overdue = request.overdue(clock.instant());
        String status = request.state().open311Status();
        if (!RequestAccess.isStaff(scope)) {
            return new RequestDetail(request, status, overdue, null, null);
        }
        ServiceRequestRepository.EncryptedReporter reporter = requests.reporter(id);
        audit.record(scope, AuditAction.READ, RequestIntake.SUBJECT, id, FIELDS, null);
        return new RequestDetail(
                request,
                status,
                overdue,
                reporter.name() == null ? null : Masking.name(cipher.decrypt(reporter.name())),
                reporter.phone() == null ? null : Masking.phone(cipher.decrypt(reporter.phone())));
    }
}
