package org.doorstep.app.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One made-up resident of the demo city: plausible but fictitious personal data (the ID number is well-formed, with a
 * valid check digit, for an area code of the demo city, and belongs to nobody).
 *
 * @param male true for a man (the ID number's sequence digit is odd), false for a woman
 * @param difficultyKind for an elderly resident with special difficulties, which kind; null otherwise
 */
record SyntheticResident(
        String name,
        String idNumber,
        String phone,
        LocalDate birthDate,
        boolean male,
        boolean livingAlone,
        boolean disabled,
        boolean lowIncome,
        @Nullable String difficultyKind) {}
