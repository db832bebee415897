package org.doorstep.app.planning;

import java.net.URI;
import org.doorstep.app.account.AccessScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What-if sessions for planners: start one over a city, post edits and read the change in coverage, end it. */
@RestController
@RequestMapping("/api/planning/what-if")
class WhatIfController {

    /** The city to edit. */
    record SessionRequest(long cityId) {}

    private final WhatIfService whatIf;
    private final AccessScopes scopes;

    WhatIfController(WhatIfService whatIf, AccessScopes scopes) {
        this.whatIf = whatIf;
        this.scopes = scopes;
    }

    @PostMapping
    ResponseEntity<WhatIfService.SessionView> startSession(@RequestBody SessionRequest request) {
        WhatIfService.SessionView session = whatIf.startSession(scopes.current(), request.cityId());
        return ResponseEntity.created(URI.create("/api/planning/what-if/" + session.id()))
                .body(session);
    }

    @PostMapping("/{id}/edits")
    WhatIfOutcome applyEdit(@PathVariable String id, @RequestBody WhatIfEdit edit) {
        return whatIf.applyEdit(scopes.current(), id, edit);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> endSession(@PathVariable String id) {
        whatIf.endSession(scopes.current(), id);
        return ResponseEntity.noContent().build();
    }
}
