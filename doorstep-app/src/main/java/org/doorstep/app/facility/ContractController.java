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

/** Site-for-service contracts under {@code /api/contracts}. */
@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractManagement management;
    private final AccessScopes scopes;

    ContractController(ContractManagement management, AccessScopes scopes) {
        this.management = management;
        this.scopes = scopes;
    }

    /** The contracts the caller may see, of one {@code facility} or of the facilities at or below {@code place}. */
    @GetMapping
    List<Contract> listContracts(
            @RequestParam(required = false) @Nullable Long place,
            @RequestParam(required = false) @Nullable Long facility) {
        return management.listContracts(place, facility, scopes.current());
    }

    @GetMapping("/{id}")
    Contract getContract(@PathVariable long id) {
        return management.getContract(id, scopes.current());
    }

    @PostMapping
    Contract createContract(@RequestBody ContractRequest request) {
        return management.createContract(request, scopes.current());
    }

    @PutMapping("/{id}")
    Contract updateContract(@PathVariable long id, @RequestBody ContractRequest request) {
        return management.updateContract(id, request, scopes.current());
    }
}
