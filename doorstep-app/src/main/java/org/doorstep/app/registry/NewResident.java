package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.Set;
import org.doorstep.app.privacy.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A resident to add with a {@link NewHousehold}. The ID number must pass its GB 11643 check and agree with the birth
 * date and sex; {@code groups} may hold {@link SpecialGroup#INFANT_UNDER_3} only where the birth date says so (it is
 * not stored); {@code difficultyKind} is required exactly for {@link SpecialGroup#ELDERLY_SPECIAL_DIFFICULTY}.
 */
public record NewResident(
        String name,
        String idNumber,
        @Nullable String phone,
        LocalDate birthDate,
        Sex sex,
        Set<SpecialGroup> groups,
        @Nullable String difficultyKind) {

    public NewResident {
        groups = Set.copyOf(groups);
    }

    /** Masked, so that personal data never reaches a log in full. */
    @Override
    public String toString() {
        return "NewResident[" + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }
}
