package org.doorstep.app.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.place.Place;
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

    /** The worker's communities: those at or below its grants (an administrator's: the first city's). */
    @GetMapping("/worker")
    String worker(Model model) {
        String page = page(Navigation.WORKER, "worker");
        AccessScope scope = scopes.current();
        Set<Long> granted = scope.isAdmin()
                ? places.listCities().stream().limit(1).map(Place::id).collect(Collectors.toSet())
                : scope.placeIds();
        model.addAttribute(
                "communities",
                granted.stream()
                        .flatMap(id -> places.listCommunitiesUnder(id).stream())
                        .toList());
        return page;
    }

    @GetMapping("/operator")
    String operator() {
        return page(Navigation.OPERATOR, "operator");
    }

    @GetMapping("/resident")
    String resident() {
        return page(Navigation.RESIDENT, "resident");
    }

    @GetMapping("/oversight")
    String oversight(Model model) {
        String page = page(Navigation.OVERSIGHT, "oversight");
        model.addAttribute("cities", PlannerController.visibleCities(places, scopes.current()));
        return page;
    }

    private String page(Navigation.Item item, String template) {
        Navigation.require(scopes.current(), item);
        return template;
    }
}
