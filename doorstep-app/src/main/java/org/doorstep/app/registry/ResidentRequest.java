package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A resident as a client enters it, to create or replace. Missing values are reported by {@link ResidentRules}. */
record ResidentRequest(
        long householdId,
        @Nullable String name,
        @Nullable String idNumber,
        @Nullable String phone,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable Set<SpecialGroup> groups,
        @Nullable String difficultyKind,
        @Nullable String healthNotes) {

    /** The data, or a 400 naming each missing value. */
    ResidentData data() {
        java.util.List<FieldProblem> missing = new java.util.ArrayList<>();
        if (birthDate == null) {
            missing.add(new FieldProblem("birth_date", "a birth date is required"));
        }
        if (sex == null) {
            missing.add(new FieldProblem("sex", "a sex is required (MALE or FEMALE)"));
        }
        if (idNumber == null || idNumber.isBlank()) {
            missing.add(new FieldProblem("id_number", "an ID number is required"));
        }
        InvalidEntryException.throwIfAny(missing);
        return new ResidentData(
                Objects.requireNonNullElse(name, ""),
                Objects.requireNonNull(idNumber),
                phone,
                Objects.requireNonNull(birthDate),
                Objects.requireNonNull(sex),
                groups == null ? Set.of() : groups,
                difficultyKind,
                healthNotes);
    }
}
