package org.doorstep.app.facility;

import java.util.List;
import java.util.Objects;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Facilities as users manage them, always inside their scope ({@link FacilityAccess}): administrators create them,
 * administrators and a facility's operator change its details, capacity and status.
 */
@Service
class FacilityManagement {

    private final FacilityRepository facilities;
    private final CapacityRepository capacity;
    private final FacilityRules rules;
    private final StatusChanges statusChanges;

    FacilityManagement(
            FacilityRepository facilities,
            CapacityRepository capacity,
            FacilityRules rules,
            StatusChanges statusChanges) {
        this.facilities = facilities;
        this.capacity = capacity;
        this.rules = rules;
        this.statusChanges = statusChanges;
    }

    Facility getFacility(long id, AccessScope scope) {
        return facilities.find(id, FacilityAccess.readable(scope)).orElseThrow(() -> notFound(id));
    }

    List<Facility> listFacilities(@Nullable Long placeId, AccessScope scope) {
        return facilities.list(placeId, FacilityAccess.readable(scope));
    }

    @Transactional
    public Facility createFacility(FacilityRequest request, AccessScope scope) {
        scope.requireRole(Role.ADMIN);
        Faults.OfRequest faults = new Faults.OfRequest();
        NewFacility facility = request.toNewFacility(null, faults);
        if (facility != null) {
            rules.check(facility, null, faults);
        }
        faults.throwIfAny();
        long id = facilities.insert(facility);
        statusChanges.record(id, null, facility.status(), scope.username(), "created");
        return getFacility(id, scope);
    }

    /** Changes a facility's details; an operator may not move it to another community, model or operator. */
    @Transactional
    public Facility updateFacility(long id, FacilityRequest request, AccessScope scope) {
        Facility current = editable(id, scope);
        Faults.OfRequest faults = new Faults.OfRequest();
        NewFacility facility = request.toNewFacility(current.status(), faults);
        if (facility != null) {
            if (facility.status() != current.status()) {
                faults.add("status", "change the status with POST /api/facilities/" + id + "/status");
            }
            rules.check(facility, id, faults);
        }
        faults.throwIfAny();
        if (scope.role() == Role.OPERATOR) {
            requireUnchangedByOperator(current, facility);
        }
        facilities.update(id, facility);
        return getFacility(id, scope);
    }

    @Transactional
    public Facility replaceCapacity(long id, List<ServiceCapacity> rows, AccessScope scope) {
        editable(id, scope);
        Faults.OfRequest faults = new Faults.OfRequest();
        FacilityRules.checkCapacity(rows, faults);
        faults.throwIfAny();
        capacity.replace(id, rows);
        return getFacility(id, scope);
    }

    /** Moves a facility to another status where its life allows it ({@link FacilityStatus#canBecome}). */
    @Transactional
    public Facility changeStatus(long id, FacilityStatus to, @Nullable String note, AccessScope scope) {
        Facility current = editable(id, scope);
        if (!current.status().canBecome(to)) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "facility " + id + " is " + current.status() + " and cannot become " + to);
        }
        facilities.setStatus(id, to);
        statusChanges.record(id, current.status(), to, scope.username(), note);
        return getFacility(id, scope);
    }

    List<StatusChange> listStatusChanges(long id, AccessScope scope) {
        return statusChanges.list(getFacility(id, scope).id());
    }

    private Facility editable(long id, AccessScope scope) {
        return facilities.find(id, FacilityAccess.editable(scope)).orElseThrow(() -> notFound(id));
    }

    private static void requireUnchangedByOperator(Facility current, NewFacility changed) {
        if (current.communityId() != changed.communityId()
                || current.operatingModel() != changed.operatingModel()
                || !Objects.equals(current.operatorId(), changed.operatorId())) {
            throw new ScopeDeniedException(
                    "an operator may not change a facility's community, operating model or operator");
        }
    }

    static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no facility " + id);
    }
}
