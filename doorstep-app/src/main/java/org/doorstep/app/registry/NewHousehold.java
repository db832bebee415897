package org.doorstep.app.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A household to add with its members, for {@link RegistryService#addHouseholds(List)}. */
public record NewHousehold(long communityId, @Nullable Long buildingId, String address, List<NewResident> members) {

    public NewHousehold {
        members = List.copyOf(members);
    }
}
