package org.doorstep.app.planning;

import java.util.List;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.facility.ServiceCapacity;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.GeoDistance;
import org.jspecify.annotations.Nullable;

/** An open facility the engine found (in an OSM file or a generated city) as the registry's {@link NewFacility}. */
final class EngineFacilities {

    private EngineFacilities() {}

    static NewFacility newFacility(
            Facilities facilities,
            int f,
            long community,
            String name,
            @Nullable String openingHours,
            OperatingModel model,
            @Nullable Long operator,
            @Nullable String osmRef) {
        ServiceCategory category = facilities.category(f);
        double area = facilities.floorArea_m2(f);
        double capacity = facilities.capacity(f);
        return new NewFacility(
                category,
                FacilityTypeCodes.of(category, facilities.kind(f)),
                name,
                community,
                null,
                GeoDistance.toDegrees(facilities.lonE7(f)),
                GeoDistance.toDegrees(facilities.latE7(f)),
                Double.isNaN(area) ? null : area,
                // The engine says 1 where a facility has no known capacity: no capacity row then.
                capacity > 1 ? List.of(new ServiceCapacity(category.code(), (int) capacity)) : List.of(),
                openingHours,
                FacilityStatus.OPEN,
                model,
                operator,
                osmRef);
    }
}
