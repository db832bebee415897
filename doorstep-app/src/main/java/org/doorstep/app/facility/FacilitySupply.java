package org.doorstep.app.facility;

import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * An open facility as planning reads it: where it is, what it offers and how much.
 *
 * @param floorArea_m2 usable floor area, null where unknown
 * @param capacity places per service kind, by kind
 */
public record FacilitySupply(
        long id,
        ServiceCategory category,
        String typeCode,
        double lon,
        double lat,
        @Nullable Double floorArea_m2,
        List<ServiceCapacity> capacity,
        long communityId) {

    public FacilitySupply {
        capacity = List.copyOf(capacity);
    }
}
