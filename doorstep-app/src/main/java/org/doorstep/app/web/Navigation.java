package org.doorstep.app.web;

import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;

/** The pages each role may open, in menu order; the first is the role's home page. */
final class Navigation {

    /** A menu entry: the page's path and the message key of its label. */
    record Item(String path, String label) {}

    static final Item PLANNER = new Item("/planner", "nav.planner");
    static final Item OVERSIGHT = new Item("/oversight", "nav.oversight");
    static final Item WORKER = new Item("/worker", "nav.worker");
    static final Item WORKER_VISITS = new Item("/worker/visits", "wk.nav.visits");
    static final Item WORKER_REQUESTS = new Item("/worker/requests", "wk.nav.requests");
    static final Item OPERATOR = new Item("/operator", "nav.operator");
    static final Item RESIDENT = new Item("/resident", "nav.resident");

    private Navigation() {}

    static List<Item> forRole(Role role) {
        return switch (role) {
            case PLANNER -> List.of(PLANNER, OVERSIGHT);
            case COMMUNITY_WORKER, STREET_OFFICER -> List.of(WORKER, WORKER_VISITS, WORKER_REQUESTS);
            case OPERATOR -> List.of(OPERATOR);
            case RESIDENT -> List.of(RESIDENT);
            case ADMIN -> List.of(PLANNER, OVERSIGHT, WORKER, WORKER_VISITS, WORKER_REQUESTS, OPERATOR, RESIDENT);
        };
    }

    static boolean allows(Role role, Item page) {
        return forRole(role).contains(page);
    }

    /** Throws unless the user's role has the page in its menu. */
    static void requirePage(AccessScope scope, Item page) {
        if (!allows(scope.role(), page)) {
            throw new ScopeDeniedException("role " + scope.role() + " has no page " + page.path());
        }
    }
}
