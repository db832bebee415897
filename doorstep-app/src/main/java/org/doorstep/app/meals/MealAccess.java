package org.doorstep.app.meals;

import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeSql;

/**
 * Which meal orders a user sees: a resident its households', community workers and street officers those of residents
 * of their places, an administrator all. Operators and planners, who see no individuals, are refused before.
 */
final class MealAccess {

    private MealAccess() {}

    /** The condition on a meal order table aliased {@code o}. */
    static ScopeSql.Condition visible(AccessScope scope) {
        return scope.role() == Role.RESIDENT
                ? ScopeSql.householdIn(scope, "o.household_id")
                : ScopeSql.communityIn(scope, "o.community_id");
    }
}
