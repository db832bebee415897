package org.doorstep.app.facility;

import java.util.HashMap;
import java.util.Map;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.place.PlaceSql;

/** SQL pieces the module's repositories share. */
final class FacilitySql {

    private FacilitySql() {}

    /**
     * The condition "this community column lies at or below place {@code :underPlace}", through the denormalised
     * ancestor columns of {@code place}; the caller binds {@code underPlace}.
     */
    static String underPlace(String communityColumn) {
        return PlaceSql.atOrBelow(communityColumn, "underPlace");
    }

    /** The scope condition's parameters and one more. */
    static Map<String, Object> with(ScopeSql.Condition scope, String name, Object value) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put(name, value);
        return parameters;
    }
}
