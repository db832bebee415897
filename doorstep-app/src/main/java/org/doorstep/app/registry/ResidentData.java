package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.Set;
import org.doorstep.app.privacy.Masking;
import org.doorstep.app.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;

/**
 * A resident's own data in plain form, as entered and as revealed; {@link ResidentRules} says whether it may be
 * stored. The constructor brings the values to their stored form: the name trimmed, the ID number and phone
 * {@linkplain PersonalDataCipher#normalise(String) normalised}, blank optional values null.
 *
 * @param groups the groups as given, possibly with the derived {@link SpecialGroup#INFANT_UNDER_3}
 */
record ResidentData(
        String name,
        String idNumber,
        @Nullable String phone,
        LocalDate birthDate,
        Sex sex,
        Set<SpecialGroup> groups,
        @Nullable String difficultyKind,
        @Nullable String healthNotes) {

    ResidentData {
        name = name.trim();
        idNumber = PersonalDataCipher.normalise(idNumber);
        phone = normalisePhone(phone);
        groups = SpecialGroup.ordered(groups);
        difficultyKind = blankToNull(difficultyKind);
        healthNotes = blankToNull(healthNotes);
    }

    /** The same resident with other groups. */
    ResidentData withGroups(Set<SpecialGroup> newGroups) {
        return new ResidentData(name, idNumber, phone, birthDate, sex, newGroups, difficultyKind, healthNotes);
    }

    /** The groups that are stored: those given, less the derived ones. */
    Set<SpecialGroup> storedGroups() {
        return SpecialGroup.ordered(groups.stream().filter(g -> !g.isDerived()).toList());
    }

    /** Masked, so that personal data never reaches a log in full. */
    @Override
    public String toString() {
        return "ResidentData[" + Masking.name(name) + ", " + Masking.idNumber(idNumber) + "]";
    }

    /** Without spaces, dashes or the country code, so that one phone has one form (and one look-up hash). */
    private static @Nullable String normalisePhone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String normal = PersonalDataCipher.normalise(phone);
        if (normal.startsWith("+86")) {
            return normal.substring(3);
        }
        return normal.startsWith("86") && normal.length() == 13 ? normal.substring(2) : normal;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
