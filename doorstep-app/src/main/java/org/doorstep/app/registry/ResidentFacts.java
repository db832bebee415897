package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.Set;
import org.doorstep.engine.category.AgeBand;

/**
 * What other modules may know of a resident for an eligibility check (a meal subsidy over 80, a visit duty): where
 * they live and which groups they belong to, nothing that identifies them.
 *
 * @param age in whole years, today
 * @param groups including the derived {@link SpecialGroup#INFANT_UNDER_3}
 */
public record ResidentFacts(
        long residentId, long householdId, long communityId, int age, AgeBand ageBand, Set<SpecialGroup> groups) {

    public ResidentFacts {
        groups = SpecialGroup.ordered(groups);
    }

    /** The facts of a resident born on the date and recorded in the groups, as they stand today. */
    static ResidentFacts of(
            long residentId,
            long householdId,
            long communityId,
            LocalDate birthDate,
            Set<SpecialGroup> storedGroups,
            LocalDate today) {
        int age = Ages.age(birthDate, today);
        return new ResidentFacts(
                residentId, householdId, communityId, age, AgeBand.ofAge(age), Resident.groups(storedGroups, age));
    }
}
