package org.doorstep.app.registry;

import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeSql;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the registry. Individuals are seen only by roles that see individuals at all, inside their scope:
 * the granted communities (streets, districts), or a resident's own household. Only the registry's keepers (community
 * workers, street officers, administrators) change it, import, reveal or export unmasked.
 */
final class RegistryAccess {

    private static final Role[] KEEPERS = {Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.ADMIN};

    private RegistryAccess() {}

    /** Throws (403) unless the user keeps the registry. */
    static void requireKeeper(AccessScope scope) {
        scope.requireIndividuals();
        scope.requireRole(KEEPERS);
    }

    /**
     * The condition keeping rows of a table with community and household columns (for example {@code r.community_id}
     * and {@code r.household_id}) inside the scope.
     */
    static ScopeSql.Condition rowsIn(AccessScope scope, String communityColumn, String householdColumn) {
        return scope.role() == Role.RESIDENT
                ? ScopeSql.householdIn(scope, householdColumn)
                : ScopeSql.communityIn(scope, communityColumn);
    }

    /** A 404 that says no more than that nothing of this kind and id is visible: it does not tell "exists". */
    static ResponseStatusException notFound(String kind, Object id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + kind + " " + id);
    }
}
