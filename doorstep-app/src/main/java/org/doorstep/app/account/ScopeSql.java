package org.doorstep.app.account;

import java.util.List;
import java.util.Map;

/**
 * SQL conditions that keep a query inside an {@link AccessScope}. Each returns a condition with named parameters and
 * the parameters to bind; an empty grant yields a condition that is false, so the default is to deny.
 *
 * <p>A place grant covers the place and everything below it, through the denormalised {@code street_id},
 * {@code district_id} and {@code city_id} columns of {@code place}.
 */
public final class ScopeSql {

    private ScopeSql() {}

    /** A condition and its parameters. */
    public record Condition(String sql, Map<String, Object> parameters) {}

    /**
     * Rows whose community column (for example {@code r.community_id}) lies inside the scope's places; every row for an
     * administrator.
     */
    public static Condition communityIn(AccessScope scope, String communityColumn) {
        if (scope.isAdmin()) {
            return new Condition("1 = 1", Map.of());
        }
        if (scope.placeIds().isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        String sql = communityColumn
                + " in (select sp.id from place sp where sp.id in (:scopePlaces) or sp.street_id in (:scopePlaces)"
                + " or sp.district_id in (:scopePlaces) or sp.city_id in (:scopePlaces))";
        return new Condition(sql, Map.of("scopePlaces", List.copyOf(scope.placeIds())));
    }

    /** Rows whose facility column lies among the scope's facilities (an operator's); every row for an administrator. */
    public static Condition facilityIn(AccessScope scope, String facilityColumn) {
        if (scope.isAdmin()) {
            return new Condition("1 = 1", Map.of());
        }
        if (scope.facilityIds().isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        return new Condition(
                facilityColumn + " in (:scopeFacilities)", Map.of("scopeFacilities", List.copyOf(scope.facilityIds())));
    }

    /** Rows whose household column lies among the scope's households (a resident's own). */
    public static Condition householdIn(AccessScope scope, String householdColumn) {
        if (scope.isAdmin()) {
            return new Condition("1 = 1", Map.of());
        }
        if (scope.householdIds().isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        return new Condition(
                householdColumn + " in (:scopeHouseholds)",
                Map.of("scopeHouseholds", List.copyOf(scope.householdIds())));
    }
}
