package org.doorstep.app.account;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the current user may see: its role and the places, facilities and households granted to it. A place grant
 * covers that place and every place below it. Immutable; built once per request from the account.
 *
 * <p>Repositories take an {@code AccessScope} as a required argument and filter in SQL ({@link ScopeSql}), so that no
 * query can forget it.
 */
public record AccessScope(
        long userId,
        String username,
        Role role,
        SortedSet<Long> placeIds,
        SortedSet<Long> facilityIds,
        SortedSet<Long> householdIds) {

    public AccessScope {
        placeIds = new TreeSet<>(placeIds);
        facilityIds = new TreeSet<>(facilityIds);
        householdIds = new TreeSet<>(householdIds);
    }

    /** A scope with the given grants; a convenience for services and tests. */
    public static AccessScope of(
            long userId, String username, Role role, Set<Long> places, Set<Long> facilities, Set<Long> households) {
        return new AccessScope(
                userId, username, role, new TreeSet<>(places), new TreeSet<>(facilities), new TreeSet<>(households));
    }

    /** True for an administrator, whose scope is everything. */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True where this user may see named individuals at all; which ones, the grants decide. */
    public boolean seesIndividuals() {
        return role.seesIndividuals();
    }

    /**
     * Throws {@link ScopeDeniedException} unless this user may see named individuals (a planner sees aggregates, an
     * operator its facilities' own bookings through their own checks).
     */
    public void requireIndividuals() {
        if (!seesIndividuals()) {
            throw new ScopeDeniedException("role " + role + " does not see individual residents");
        }
    }

    /** Throws {@link ScopeDeniedException} unless the user has one of the roles. */
    public void requireRole(Role... roles) {
        for (Role allowed : roles) {
            if (role == allowed) {
                return;
            }
        }
        throw new ScopeDeniedException("role " + role + " may not do this");
    }
}
