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
        return groups(data.storedGroups(), age(today));
    }

    /** The stored groups and those derived from the age: under 3s are {@link SpecialGroup#INFANT_UNDER_3}. */
    static Set<SpecialGroup> groups(Set<SpecialGroup> stored, int age) {
        EnumSet<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        groups.addAll(stored);
        if (AgeBand.ofAge(age) == AgeBand.AGE_0_2) {
            groups.add(SpecialGroup.INFANT_UNDER_3);
        }
        return SpecialGroup.ordered(groups);
    }
}
