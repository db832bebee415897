package org.doorstep.app.registry;

import java.net.URI;
import java.util.List;
import org.doorstep.app.account.AccessScopes;
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

/** Households over HTTP. */
@RestController
@RequestMapping("/api/registry/households")
class HouseholdController {

    private final HouseholdService households;
    private final AccessScopes scopes;

    HouseholdController(HouseholdService households, AccessScopes scopes) {
        this.households = households;
        this.scopes = scopes;
    }

    @GetMapping
    List<Household> listHouseholds(@RequestParam long community) {
        return households.listHouseholds(scopes.current(), community);
    }

    @GetMapping("/{id}")
    Household getHousehold(@PathVariable long id) {
        return households.getHousehold(scopes.current(), id);
    }

    @PostMapping
    ResponseEntity<Household> createHousehold(@RequestBody HouseholdRequest request) {
        Household created = households.createHousehold(scopes.current(), request);
        return ResponseEntity.created(URI.create("/api/registry/households/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    Household updateHousehold(@PathVariable long id, @RequestBody HouseholdRequest request) {
        return households.updateHousehold(scopes.current(), id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteHousehold(@PathVariable long id) {
        households.deleteHousehold(scopes.current(), id);
    }
}
