package org.doorstep.app.registry;

import java.net.URI;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Residents over HTTP, masked unless revealed with a reason; planners use the aggregates instead. */
@RestController
@RequestMapping("/api/registry")
class ResidentController {

    /** The body of a reveal. */
    record RevealRequest(@Nullable String reason) {}

    /** The body of a look-up: in the body, not the URL, so that no access log keeps the number. */
    record LookUpRequest(@Nullable String idNumber) {}

    private final ResidentService residents;
    private final RegistryAggregates aggregates;
    private final AccessScopes scopes;

    ResidentController(ResidentService residents, RegistryAggregates aggregates, AccessScopes scopes) {
        this.residents = residents;
        this.aggregates = aggregates;
        this.scopes = scopes;
    }

    /** A community's residents (optionally one household's or one special group's), by household, masked. */
    @GetMapping("/residents")
    ResidentPage listResidents(
            @RequestParam long community,
            @RequestParam(required = false) @Nullable Long household,
            @RequestParam(required = false) @Nullable SpecialGroup group,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > ResidentFilter.MAX_PAGE_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 to " + ResidentFilter.MAX_PAGE_SIZE);
        }
        return residents.listResidents(scopes.current(), new ResidentFilter(community, household, group, page, size));
    }

    @GetMapping("/residents/{id}")
    MaskedResident getResident(@PathVariable long id) {
        return residents.getResident(scopes.current(), id);
    }

    @PostMapping("/residents/{id}/reveal")
    RevealedResident reveal(@PathVariable long id, @RequestBody RevealRequest request) {
        return residents.reveal(scopes.current(), id, request.reason());
    }

    @PostMapping("/residents/lookup")
    MaskedResident lookUp(@RequestBody LookUpRequest request) {
        if (request.idNumber() == null || request.idNumber().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "idNumber is required");
        }
        return residents.lookUp(scopes.current(), request.idNumber());
    }

    @PostMapping("/residents")
    ResponseEntity<MaskedResident> createResident(@RequestBody ResidentRequest request) {
        MaskedResident created = residents.createResident(scopes.current(), request);
        return ResponseEntity.created(URI.create("/api/registry/residents/" + created.id()))
                .body(created);
    }

    @PutMapping("/residents/{id}")
    MaskedResident updateResident(@PathVariable long id, @RequestBody ResidentRequest request) {
        return residents.updateResident(scopes.current(), id, request);
    }

    @DeleteMapping("/residents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteResident(@PathVariable long id) {
        residents.deleteResident(scopes.current(), id);
    }

    /** Counts per community of a place (any level), small counts suppressed: what planners see. */
    @GetMapping("/aggregates")
    PlaceAggregates aggregates(@RequestParam long place) {
        return aggregates.aggregates(scopes.current(), place);
    }
}
