package org.doorstep.app.web;

import java.util.List;
import org.doorstep.app.account.Role;

/** The pages each role may open, in menu order; the first is the role's home page. */
final class Navigation {

    /** A menu entry: the page's path and the message key of its label. */
    record Item(String path, String label) {}

    static final Item PLANNER = new Item("/planner", "nav.planner");
    static final Item OVERSIGHT = new Item("/oversight", "nav.oversight");
    static final Item WORKER = new Item("/worker", "nav.worker");
    static final Item OPERATOR = new Item("/operator", "nav.operator");
    static final Item RESIDENT = new Item("/resident", "nav.resident");
    static final Item RESIDENT_MEALS = new Item("/resident/meals", "res.nav.meals");
    static final Item RESIDENT_REQUESTS = new Item("/resident/requests", "res.nav.requests");

    private Navigation() {}

    static List<Item> forRole(Role role) {
        return switch (role) {
            case PLANNER -> List.of(PLANNER, OVERSIGHT);
            case COMMUNITY_WORKER, STREET_OFFICER -> List.of(WORKER);
            case OPERATOR -> List.of(OPERATOR);
            case RESIDENT -> List.of(RESIDENT, RESIDENT_MEALS, RESIDENT_REQUESTS);
            case ADMIN -> List.of(PLANNER, OVERSIGHT, WORKER, OPERATOR, RESIDENT, RESIDENT_MEALS, RESIDENT_REQUESTS);
        };
    }

    static boolean allows(Role role, Item page) {
        return forRole(role).contains(page);
    }
}
