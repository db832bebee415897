package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Residents for users: read masked, revealed with a reason, created, changed and deleted, each inside the user's
 * scope and each written to the audit log in the same transaction, so that nothing is shown or changed unrecorded.
 */
@Service
class ResidentService {

    static final String SUBJECT = "resident";
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 500;

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final AuditLog audit;
    private final RegistryClock clock;

    ResidentService(ResidentRepository residents, HouseholdRepository households, AuditLog audit, RegistryClock clock) {
        this.residents = residents;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ResidentPage listResidents(AccessScope scope, ResidentFilter filter) {
        scope.requireIndividuals();
        LocalDate today = clock.today();
        List<MaskedResident> page = residents.listResidents(scope, filter, today).stream()
                .map(r -> ResidentViews.masked(r, today))
                .toList();
        audit.recordEach(scope, AuditAction.READ, SUBJECT, ids(page), MaskedResident.FIELDS, null);
        return new ResidentPage(page, filter.page(), filter.size(), residents.countResidents(scope, filter, today));
    }

    @Transactional
    MaskedResident getResident(AccessScope scope, long id) {
        scope.requireIndividuals();
        return read(scope, find(scope, id));
    }

    /** The resident with an ID number (any spacing or case), masked; 404 where none is in the scope. */
    @Transactional
    MaskedResident lookUp(AccessScope scope, String idNumber) {
        scope.requireIndividuals();
        Resident resident = residents
                .findByIdNumber(scope, idNumber)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no resident with this ID number in your communities"));
        return read(scope, resident);
    }

    /** The resident unmasked, for a keeper of the registry who gives a reason; audited as a reveal. */
    @Transactional
    RevealedResident reveal(AccessScope scope, long id, @Nullable String reason) {
        RegistryAccess.requireKeeper(scope);
        String why = requireReason(reason);
        Resident resident = find(scope, id);
        audit.record(scope, AuditAction.REVEAL, SUBJECT, id, RevealedResident.FIELDS, why);
        return ResidentViews.revealed(resident, clock.today());
    }

    @Transactional
    MaskedResident createResident(AccessScope scope, ResidentRequest request) {
        RegistryAccess.requireKeeper(scope);
        ResidentRow row = checkedRow(scope, request, null);
        long id = residents.insertAll(List.of(row)).get(0);
        audit.record(scope, AuditAction.CREATE, SUBJECT, id, RevealedResident.FIELDS, null);
        return ResidentViews.masked(new Resident(id, row.householdId(), row.communityId(), row.data()), clock.today());
    }

    /** Replaces a resident's data (and household, to move it); the audit names the fields that changed. */
    @Transactional
    MaskedResident updateResident(AccessScope scope, long id, ResidentRequest request) {
        RegistryAccess.requireKeeper(scope);
        Resident before = find(scope, id);
        ResidentRow row = checkedRow(scope, request, id);
        residents.update(id, row);
        audit.record(scope, AuditAction.UPDATE, SUBJECT, id, changedFields(before, row), null);
        return ResidentViews.masked(new Resident(id, row.householdId(), row.communityId(), row.data()), clock.today());
    }

    @Transactional
    void deleteResident(AccessScope scope, long id) {
        RegistryAccess.requireKeeper(scope);
        find(scope, id);
        residents.delete(id);
        audit.record(scope, AuditAction.DELETE, SUBJECT, id, RevealedResident.FIELDS, null);
    }

    /** A reason for reading unmasked data, trimmed; 400 unless it has 5 to 500 characters. */
    static String requireReason(@Nullable String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "a reason of " + MIN_REASON + " to " + MAX_REASON
                            + " characters is required to see personal data unmasked; it is kept in the audit log");
        }
        return why;
    }

    private MaskedResident read(AccessScope scope, Resident resident) {
        audit.record(scope, AuditAction.READ, SUBJECT, resident.id(), MaskedResident.FIELDS, null);
        return ResidentViews.masked(resident, clock.today());
    }

    private Resident find(AccessScope scope, long id) {
        return residents.findResident(scope, id).orElseThrow(() -> RegistryAccess.notFound(SUBJECT, id));
    }

    private ResidentRow checkedRow(AccessScope scope, ResidentRequest request, @Nullable Long self) {
        Household household = households
                .findHousehold(scope, request.householdId())
                .orElseThrow(() -> RegistryAccess.notFound("household", request.householdId()));
        ResidentData data = request.data();
        InvalidEntryException.throwIfAny(ResidentRules.problems(data, clock.today()));
        residents
                .findIdOfIdNumber(data.idNumber())
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new ResponseStatusException(
                            HttpStatus.CONFLICT, "a resident with this ID number is already registered");
                });
        return new ResidentRow(household.id(), household.communityId(), data);
    }

    private static List<String> changedFields(Resident before, ResidentRow after) {
        ResidentData a = before.data();
        ResidentData b = after.data();
        List<String> changed = new ArrayList<>();
        addIf(changed, "household", before.householdId() != after.householdId());
        addIf(changed, "name", !a.name().equals(b.name()));
        addIf(changed, "id_number", !a.idNumber().equals(b.idNumber()));
        addIf(changed, "phone", !Objects.equals(a.phone(), b.phone()));
        addIf(changed, "birth_date", !a.birthDate().equals(b.birthDate()));
        addIf(changed, "sex", a.sex() != b.sex());
        addIf(changed, "groups", !a.storedGroups().equals(b.storedGroups()));
        addIf(changed, "difficulty_kind", !Objects.equals(a.difficultyKind(), b.difficultyKind()));
        addIf(changed, "health_notes", !Objects.equals(a.healthNotes(), b.healthNotes()));
        return changed;
    }

    private static void addIf(List<String> fields, String field, boolean changed) {
        if (changed) {
            fields.add(field);
        }
    }

    private static List<Long> ids(List<MaskedResident> residents) {
        return residents.stream().map(MaskedResident::id).toList();
    }
}
