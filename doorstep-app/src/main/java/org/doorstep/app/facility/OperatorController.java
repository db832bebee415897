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

/** Operators under {@code /api/operators}: their details, brand, credit code, qualifications and contact. */
@RestController
@RequestMapping("/api/operators")
class OperatorController {

    private final OperatorManagement management;
    private final AccessScopes scopes;

    OperatorController(OperatorManagement management, AccessScopes scopes) {
        this.management = management;
        this.scopes = scopes;
    }

    /** The operators the caller may see, those running a facility at or below {@code place} when given. */
    @GetMapping
    List<Operator> listOperators(@RequestParam(required = false) @Nullable Long place) {
        return management.listOperators(place, scopes.current());
    }

    @GetMapping("/{id}")
    Operator getOperator(@PathVariable long id) {
        return management.getOperator(id, scopes.current());
    }

    @PostMapping
    Operator createOperator(@RequestBody NewOperator operator) {
        return management.createOperator(operator, scopes.current());
    }

    @PutMapping("/{id}")
    Operator updateOperator(@PathVariable long id, @RequestBody NewOperator operator) {
        return management.updateOperator(id, operator, scopes.current());
    }
}
