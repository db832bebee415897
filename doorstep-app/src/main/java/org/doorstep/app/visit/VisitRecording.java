package org.doorstep.app.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records visits against plans and reads them back. Health findings are health data: encrypted before they are
 * stored, and every record written or read is entered in the audit log with the fields it touched.
 */
@Service
class VisitRecording {

    /** The audit log's subject kind for a visit record. */
    static final String SUBJECT = "home_visit";

    private static final List<String> FIELDS = List.of("outcome", "health", "safety", "needs", "follow_ups");

    private final CommunityAccess access;
    private final VisitPlanRepository plans;
    private final VisitRecordRepository visits;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    VisitRecording(
            CommunityAccess access,
            VisitPlanRepository plans,
            VisitRecordRepository visits,
            PersonalDataCipher cipher,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.plans = plans;
        this.visits = visits;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a visit of the plan's month, not in the future, with its follow-up tasks.
     *
     * @throws ResponseStatusException 404 for a plan outside the scope, 400 naming the field at fault
     */
    @Transactional
    public VisitRecord recordVisit(AccessScope scope, long planId, NewVisit visit) {
        CommunityAccess.requireVisitRole(scope);
        VisitPlan plan = plans.findPlan(scope, planId).orElseThrow(() -> CommunityAccess.notFound("plan " + planId));
        check(plan, visit, today());
        String visitor = visit.visitor() == null || visit.visitor().isBlank() ? scope.username() : visit.visitor();
        String health = blankToNull(visit.healthFinding());
        long id = visits.insert(
                planId,
                visit,
                visitor,
                health == null ? null : cipher.encrypt(health),
                scope.username(),
                OffsetDateTime.now(clock));
        audit.record(scope, AuditAction.CREATE, SUBJECT, id, FIELDS, null);
        return getVisit(scope, id);
    }

    /** A visit with its health finding decrypted; the read is audited. 404 outside the scope. */
    @Transactional
    public VisitRecord getVisit(AccessScope scope, long visitId) {
        CommunityAccess.requireVisitRole(scope);
        VisitRecordRepository.StoredVisit stored =
                visits.findVisit(scope, visitId).orElseThrow(() -> CommunityAccess.notFound("visit " + visitId));
        audit.record(scope, AuditAction.READ, SUBJECT, visitId, FIELDS, null);
        return view(stored);
    }

    /** The visits recorded against a plan, oldest first, each read audited. */
    @Transactional
    public List<VisitRecord> listVisits(AccessScope scope, long planId) {
        CommunityAccess.requireVisitRole(scope);
        plans.findPlan(scope, planId).orElseThrow(() -> CommunityAccess.notFound("plan " + planId));
        List<VisitRecord> records = new ArrayList<>();
        visits.listVisits(planId).forEach(v -> records.add(view(v)));
        audit.recordEach(
                scope,
                AuditAction.READ,
                SUBJECT,
                records.stream().map(VisitRecord::id).toList(),
                FIELDS,
                null);
        return records;
    }

    /** Marks an open follow-up done (or cancelled); 404 where there is no open one in the scope. */
    @Transactional
    public void closeFollowUp(AccessScope scope, long followUpId, FollowUpStatus status) {
        CommunityAccess.requireVisitRole(scope);
        if (status == FollowUpStatus.OPEN || !visits.closeFollowUp(scope, followUpId, status, today())) {
            throw CommunityAccess.notFound("open follow-up " + followUpId);
        }
    }

    private VisitRecord view(VisitRecordRepository.StoredVisit v) {
        return new VisitRecord(
                v.id(),
                v.planId(),
                v.residentId(),
                v.visitedOn(),
                v.visitor(),
                v.outcome(),
                v.healthEncrypted() == null ? null : cipher.decrypt(v.healthEncrypted()),
                v.safety(),
                v.needs(),
                visits.listFollowUps(v.id()));
    }

    static void check(VisitPlan plan, NewVisit visit, LocalDate today) {
        if (!YearMonth.from(visit.visitedOn()).equals(plan.month())) {
            throw badRequest("visitedOn: " + visit.visitedOn() + " lies outside the plan's month " + plan.month());
        }
        if (visit.visitedOn().isAfter(today)) {
            throw badRequest("visitedOn: " + visit.visitedOn() + " lies in the future");
        }
        List<NewVisit.NewFollowUp> tasks = visit.followUpList();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).task() == null || tasks.get(i).task().isBlank()) {
                throw badRequest("followUps[" + i + "].task: must not be blank");
            }
            if (tasks.get(i).dueOn() == null || tasks.get(i).dueOn().isBefore(visit.visitedOn())) {
                throw badRequest("followUps[" + i + "].dueOn: must be on or after the visit");
            }
        }
    }

    private LocalDate today() {
        return VisitPlanning.today(clock);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
