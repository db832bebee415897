package org.doorstep.app.web;

import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.account.ScopeDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each role and the pages whose data the browser fetches from the modules' APIs (scoped there):
 * the community worker's registry, the operator's facilities, the resident's services, the oversight dashboard.
 */
@Controller
class PageController {

    private final AccessScopes scopes;

    PageController(AccessScopes scopes) {
        this.scopes = scopes;
    }

    /** Sends each user to the first page of their role's menu. */
    @GetMapping("/")
    String home() {
        return "redirect:" + Navigation.forRole(scopes.current().role()).get(0).path();
    }

    @GetMapping("/worker")
    String worker() {
        return page(Navigation.WORKER, "worker");
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
    String oversight() {
        return page(Navigation.OVERSIGHT, "oversight");
    }

    private String page(Navigation.Item item, String template) {
        AccessScope scope = scopes.current();
        if (!Navigation.allows(scope.role(), item)) {
            throw new ScopeDeniedException("role " + scope.role() + " has no page " + item.path());
        }
        return template;
    }
}
