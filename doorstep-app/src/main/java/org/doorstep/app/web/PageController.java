package org.doorstep.app.web;

import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.place.Places;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each role and the pages whose data the browser fetches from the modules' APIs (scoped there):
 * the community worker's registry, the operator's facilities, the resident's services, the oversight dashboard.
 */
@Controller
class PageController {

    private final AccessScopes scopes;
    private final Places places;

    PageController(AccessScopes scopes, Places places) {
        this.scopes = scopes;
        this.places = places;
    }

    /** Sends each user to the first page of their role's menu. */
    @GetMapping("/")
    String home() {
        return "redirect:" + Navigation.forRole(scopes.current().role()).get(0).path();
    }

    @GetMapping("/worker")
    String worker(Model model) {
        String page = Navigation.open(scopes.current(), Navigation.WORKER);
        model.addAttribute(
                "communities", WorkerPlaces.of(places, scopes.current()).communities());
        return page;
    }

    @GetMapping("/operator")
    String operator() {
        return Navigation.open(scopes.current(), Navigation.OPERATOR);
    }

    @GetMapping("/resident")
    String resident() {
        return Navigation.open(scopes.current(), Navigation.RESIDENT);
    }

    @GetMapping("/oversight")
    String oversight(Model model) {
        String page = Navigation.open(scopes.current(), Navigation.OVERSIGHT);
        model.addAttribute("cities", PlannerController.visibleCities(places, scopes.current()));
        return page;
    }
}
