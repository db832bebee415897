package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.doorstep.engine.category.AgeBand;

/** A registered resident, decrypted; held only while a request is served. */
record Resident(long id, long householdId, long communityId, ResidentData data) {

    int age(LocalDate today) {
        return Ages.age(data.birthDate(), today);
    }

    /** The stored groups and the derived ones. */
    Set<SpecialGroup> groups(LocalDate today) {
        EnumSet<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        groups.addAll(data.storedGroups());
        if (AgeBand.ofAge(age(today)) == AgeBand.AGE_0_2) {
            groups.add(SpecialGroup.INFANT_UNDER_3);
        }
        return SpecialGroup.ordered(groups);
    }
}
