package org.doorstep.app.facility;

import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.doorstep.app.account.ScopeSql;

/**
 * Who sees and changes facilities' management data (capacity, contracts, operator details, status). An operator
 * sees and edits the facilities granted to it; community workers, street officers and planners read the facilities
 * of their places; an administrator does everything; a resident gets none of it (the public directory of services is
 * another API). A facility outside the scope is answered as absent (404), so that ids do not leak.
 */
final class FacilityAccess {

    /** The condition of an unscoped read: an administrator's, or the system's. */
    static final ScopeSql.Condition EVERY = new ScopeSql.Condition("1 = 1", Map.of());

    private FacilityAccess() {}

    /**
     * The SQL condition on the facility row aliased {@code f} for what a scope may read.
     *
     * @throws ScopeDeniedException for a resident
     */
    static ScopeSql.Condition readable(AccessScope scope) {
        return switch (scope.role()) {
            case ADMIN -> EVERY;
            case OPERATOR -> ScopeSql.facilityIn(scope, "f.id");
            case COMMUNITY_WORKER, STREET_OFFICER, PLANNER -> ScopeSql.communityIn(scope, "f.community_id");
            case RESIDENT ->
                throw new ScopeDeniedException(
                        "residents do not see facilities' management data; the directory of nearby services is public");
        };
    }

    /**
     * The condition for what a scope may change: its own facilities for an operator, everything for an administrator.
     *
     * @throws ScopeDeniedException for any other role, before anything is looked up
     */
    static ScopeSql.Condition editable(AccessScope scope) {
        scope.requireRole(Role.ADMIN, Role.OPERATOR);
        return readable(scope);
    }
}
