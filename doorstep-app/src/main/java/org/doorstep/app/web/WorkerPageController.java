package org.doorstep.app.web;

import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.place.Places;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The community worker's visits (this month's plan, the overdue list, recording a visit, the visit rates) and
 * requests queue; {@code worker-visits.js} and {@code worker-requests.js} fetch the data from the visit and request
 * APIs, which check the scope.
 */
@Controller
class WorkerPageController {

    private final AccessScopes scopes;
    private final Places places;

    WorkerPageController(AccessScopes scopes, Places places) {
        this.scopes = scopes;
        this.places = places;
    }

    @GetMapping("/worker/visits")
    String visits(Model model) {
        return page(Navigation.WORKER_VISITS, model);
    }

    @GetMapping("/worker/requests")
    String requests(Model model) {
        return page(Navigation.WORKER_REQUESTS, model);
    }

    private String page(Navigation.Item item, Model model) {
        String template = Navigation.open(scopes.current(), item);
        WorkerPlaces where = WorkerPlaces.of(places, scopes.current());
        model.addAttribute("communities", where.communities());
        model.addAttribute("grantedPlaces", where.granted().stream().sorted().toList());
        return template;
    }
}
