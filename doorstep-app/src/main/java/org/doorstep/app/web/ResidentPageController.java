package org.doorstep.app.web;

import org.doorstep.app.account.AccessScopes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The resident's pages besides the map of services: meals and requests, whose data the browser fetches. */
@Controller
class ResidentPageController {

    private final AccessScopes scopes;

    ResidentPageController(AccessScopes scopes) {
        this.scopes = scopes;
    }

    @GetMapping("/resident/meals")
    String meals() {
        return Navigation.open(scopes.current(), Navigation.RESIDENT_MEALS);
    }

    @GetMapping("/resident/requests")
    String requests() {
        return Navigation.open(scopes.current(), Navigation.RESIDENT_REQUESTS);
    }
}
