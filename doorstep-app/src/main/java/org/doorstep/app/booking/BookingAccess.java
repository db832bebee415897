package org.doorstep.app.booking;

import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;

/**
 * Which bookings a user sees: a resident its households', an operator its facilities', community workers and street
 * officers those of residents of their places, an administrator all; a planner none (planning reads
 * {@link BookingSignals}).
 */
final class BookingAccess {

    private BookingAccess() {}

    /** The condition on a booking table aliased {@code b}. */
    static ScopeSql.Condition visible(AccessScope scope) {
        return switch (scope.role()) {
            case RESIDENT -> ScopeSql.householdIn(scope, "b.household_id");
            case OPERATOR -> ScopeSql.facilityIn(scope, "b.facility_id");
            case PLANNER -> new ScopeSql.Condition("1 = 0", Map.of());
            case COMMUNITY_WORKER, STREET_OFFICER, ADMIN -> ScopeSql.communityIn(scope, "b.community_id");
        };
    }

    /** True where the user runs the facility (or is an administrator): it may manage its services and sessions. */
    static boolean manages(AccessScope scope, long facilityId) {
        return scope.isAdmin() || scope.facilityIds().contains(facilityId);
    }
}
