package org.doorstep.app.facility;

import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Facilities' management data under {@code /api/facilities}; imports and exports are in {@link FacilityFileController}. */
@RestController
@RequestMapping("/api/facilities")
class FacilityController {

    /** The body of a status change: PLANNED, BUILDING, OPEN or CLOSED, and why. */
    record StatusRequest(@Nullable String status, @Nullable String note) {

        /** The status asked for; 400 naming the field where it is missing or none of the four. */
        FacilityStatus parsedStatus() {
            Faults.OfRequest faults = new Faults.OfRequest();
            FacilityStatus parsed =
                    status == null ? null : Values.parse(FacilityStatus.class, status, "status", faults);
            if (status == null) {
                faults.add("status", "required");
            }
            faults.throwIfAny();
            return parsed;
        }
    }

    private final FacilityManagement management;
    private final FacilityTypes types;
    private final AccessScopes scopes;

    FacilityController(FacilityManagement management, FacilityTypes types, AccessScopes scopes) {
        this.management = management;
        this.types = types;
        this.scopes = scopes;
    }

    /** The facilities the caller may see, at or below {@code place} when given. */
    @GetMapping
    List<Facility> listFacilities(@RequestParam(required = false) @Nullable Long place) {
        return management.listFacilities(place, scopes.current());
    }

    /** The facility types by category, with their names: not personal, for any signed-in user. */
    @GetMapping("/types")
    List<FacilityType> listTypes() {
        scopes.current();
        return types.list();
    }

    @GetMapping("/{id}")
    Facility getFacility(@PathVariable long id) {
        return management.getFacility(id, scopes.current());
    }

    @PostMapping
    Facility createFacility(@RequestBody FacilityRequest request) {
        return management.createFacility(request, scopes.current());
    }

    @PutMapping("/{id}")
    Facility updateFacility(@PathVariable long id, @RequestBody FacilityRequest request) {
        return management.updateFacility(id, request, scopes.current());
    }

    @GetMapping("/{id}/capacity")
    List<ServiceCapacity> getCapacity(@PathVariable long id) {
        return management.getFacility(id, scopes.current()).capacity();
    }

    @PutMapping("/{id}/capacity")
    Facility replaceCapacity(@PathVariable long id, @RequestBody List<ServiceCapacity> capacity) {
        return management.replaceCapacity(id, capacity, scopes.current());
    }

    @PostMapping("/{id}/status")
    Facility changeStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        return management.changeStatus(id, request.parsedStatus(), request.note(), scopes.current());
    }

    @GetMapping("/{id}/status-changes")
    List<StatusChange> listStatusChanges(@PathVariable long id) {
        return management.listStatusChanges(id, scopes.current());
    }
}
