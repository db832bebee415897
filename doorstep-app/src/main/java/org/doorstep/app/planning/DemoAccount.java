package org.doorstep.app.planning;

import org.doorstep.app.account.Role;

/**
 * The demo's accounts, one per role, with the grants the seeding gives them. The passwords are printed on every start:
 * they protect nothing but a demo on the user's own machine.
 */
enum DemoAccount {
    ADMIN("admin", "demo-admin-pass", Role.ADMIN, "everything, accounts and the audit log"),
    PLANNER("planner", "demo-planner-pass", Role.PLANNER, "the whole city, aggregates only"),
    STREET("street", "demo-street-pass", Role.STREET_OFFICER, "every community of the first street"),
    WORKER("worker", "demo-worker-pass", Role.COMMUNITY_WORKER, "the first community's residents"),
    OPERATOR("operator", "demo-operator-pass", Role.OPERATOR, "an elderly-care and canteen chain's facilities"),
    RESIDENT("resident", "demo-resident-pass", Role.RESIDENT, "one household of the first community");

    private final String username;
    private final String password;
    private final Role role;
    private final String description;

    DemoAccount(String username, String password, Role role, String description) {
        this.username = username;
        this.password = password;
        this.role = role;
        this.description = description;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    Role role() {
        return role;
    }

    String description() {
        return description;
    }
}
