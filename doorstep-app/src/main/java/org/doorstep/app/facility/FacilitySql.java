package org.doorstep.app.facility;

import java.util.HashMap;
import java.util.Map;
import org.doorstep.app.account.ScopeSql;

/** SQL pieces the module's repositories share. */
final class FacilitySql {

    private FacilitySql() {}

    /**
     * The condition "this community column lies at or below place {@code :underPlace}", through the denormalised
     * ancestor columns of {@code place}; the caller binds {@code underPlace}.
     */
    static String underPlace(String communityColumn) {
        return communityColumn + " in (select up.id from place up where up.id = :underPlace"
                + " or up.street_id = :underPlace or up.district_id = :underPlace or up.city_id = :underPlace)";
    }

    /** The scope condition's parameters and one more. */
    static Map<String, Object> with(ScopeSql.Condition scope, String name, Object value) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put(name, value);
        return parameters;
    }
}
