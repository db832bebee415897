package org.doorstep.app.account;

import java.util.Set;

/** An account to create, with its grants: places (any level), facilities (an operator's) or households (a resident's). */
public record NewUser(
        String username,
        String password,
        Role role,
        String displayName,
        Set<Long> places,
        Set<Long> facilities,
        Set<Long> households) {

    public NewUser {
        places = Set.copyOf(places);
        facilities = Set.copyOf(facilities);
        households = Set.copyOf(households);
    }
}
