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
        return page(Navigation.RESIDENT_MEALS, "resident-meals");
    }

    @GetMapping("/resident/requests")
    String requests() {
        return page(Navigation.RESIDENT_REQUESTS, "resident-requests");
    }

    private String page(Navigation.Item item, String template) {
        Navigation.require(scopes.current(), item);
        return template;
    }
}
