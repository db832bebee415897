package org.doorstep.app.web;

import java.util.List;
import java.util.stream.Stream;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;

/** The pages each role may open, in menu order; the first is the role's home page. */
final class Navigation {

    /** A menu entry: the page's path and the message key of its label. */
    record Item(String path, String label) {

        /** The page's template: its path without the leading slash, '/' as '-' (/worker/visits: worker-visits). */
        String template() {
            return path.substring(1).replace('/', '-');
        }
    }

    static final Item PLANNER = new Item("/planner", "nav.planner");
    static final Item OVERSIGHT = new Item("/oversight", "nav.oversight");
    static final Item WORKER = new Item("/worker", "nav.worker");
    static final Item WORKER_VISITS = new Item("/worker/visits", "wk.nav.visits");
    static final Item WORKER_REQUESTS = new Item("/worker/requests", "wk.nav.requests");
    static final Item OPERATOR = new Item("/operator", "nav.operator");
    static final Item OPERATOR_SESSIONS = new Item("/operator/sessions", "op.nav.sessions");
    static final Item OPERATOR_MEALS = new Item("/operator/meals", "op.nav.meals");
    static final Item OPERATOR_WORK = new Item("/operator/work", "op.nav.work");
    static final Item RESIDENT = new Item("/resident", "nav.resident");
    static final Item RESIDENT_MEALS = new Item("/resident/meals", "res.nav.meals");
    static final Item RESIDENT_REQUESTS = new Item("/resident/requests", "res.nav.requests");

    private Navigation() {}

    static List<Item> forRole(Role role) {
        return switch (role) {
            case PLANNER -> List.of(PLANNER, OVERSIGHT);
            case COMMUNITY_WORKER, STREET_OFFICER -> workerPages();
            case OPERATOR -> operatorPages();
            case RESIDENT -> residentPages();
            case ADMIN ->
                Stream.of(List.of(PLANNER, OVERSIGHT), workerPages(), operatorPages(), residentPages())
                        .flatMap(List::stream)
                        .toList();
        };
    }

    private static List<Item> workerPages() {
        return List.of(WORKER, WORKER_VISITS, WORKER_REQUESTS);
    }

    private static List<Item> operatorPages() {
        return List.of(OPERATOR, OPERATOR_SESSIONS, OPERATOR_MEALS, OPERATOR_WORK);
    }

    private static List<Item> residentPages() {
        return List.of(RESIDENT, RESIDENT_MEALS, RESIDENT_REQUESTS);
    }

    static boolean allows(Role role, Item page) {
        return forRole(role).contains(page);
    }

    /** The page's template for a user whose role's menu has it; refuses anyone else. */
    static String open(AccessScope scope, Item page) {
        if (!allows(scope.role(), page)) {
            throw new ScopeDeniedException("role " + scope.role() + " has no page " + page.path());
        }
        return page.template();
    }
}
