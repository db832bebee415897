package org.doorstep.app.registry;

import java.util.List;
import java.util.Set;
import org.doorstep.engine.category.AgeBand;
import org.jspecify.annotations.Nullable;

/**
 * A resident as lists and records show it: name, ID number and phone masked, the age as a band, no birth date and no
 * health data.
 */
record MaskedResident(
        long id,
        long householdId,
        long communityId,
        String name,
        String idNumber,
        @Nullable String phone,
        Sex sex,
        AgeBand ageBand,
        Set<SpecialGroup> groups) {

    /** The fields a masked read shows, as the audit log records them. */
    static final List<String> FIELDS =
            List.of("name:masked", "id_number:masked", "phone:masked", "sex", "age_band", "groups");
}
