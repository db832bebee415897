package org.doorstep.app.request;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.facility.FacilityService;
import org.springframework.stereotype.Component;

/**
 * Which requests a user may see: residents their own and those they gave a "+1", community workers and street
 * officers those of their places, operators those routed to them, administrators all; planners none (they read
 * {@link RequestSignals}' aggregates).
 */
@Component
class RequestAccess {

    private static final ScopeSql.Condition NONE = new ScopeSql.Condition("1 = 0", Map.of());

    private final FacilityService facilities;

    RequestAccess(FacilityService facilities) {
        this.facilities = facilities;
    }

    ScopeSql.Condition readable(AccessScope scope) {
        return switch (scope.role()) {
            case ADMIN -> new ScopeSql.Condition("1 = 1", Map.of());
            case RESIDENT ->
                new ScopeSql.Condition(
                        "(sr.reporter_user_id = :me or exists (select 1 from service_request_supporter s"
                                + " where s.request_id = sr.id and s.user_id = :me))",
                        Map.of("me", scope.userId()));
            case COMMUNITY_WORKER, STREET_OFFICER -> ScopeSql.communityIn(scope, "sr.community_id");
            case OPERATOR -> operatorIn(scope, "sr.operator_id");
            case PLANNER -> NONE;
        };
    }

    /** Rows whose operator column is one of the operators running the scope's facilities. */
    ScopeSql.Condition operatorIn(AccessScope scope, String operatorColumn) {
        if (scope.isAdmin()) {
            return new ScopeSql.Condition("1 = 1", Map.of());
        }
        SortedSet<Long> operators = operators(scope);
        return operators.isEmpty()
                ? NONE
                : new ScopeSql.Condition(
                        operatorColumn + " in (:scopeOperators)", Map.of("scopeOperators", List.copyOf(operators)));
    }

    /** The operators an operator user works for: those running its facilities. */
    SortedSet<Long> operators(AccessScope scope) {
        return facilities.operatorsOf(scope.facilityIds());
    }

    /** True for a user who handles requests: community workers, street officers, administrators. */
    static boolean isStaff(AccessScope scope) {
        return scope.role() == Role.COMMUNITY_WORKER || scope.role() == Role.STREET_OFFICER || scope.isAdmin();
    }
}
