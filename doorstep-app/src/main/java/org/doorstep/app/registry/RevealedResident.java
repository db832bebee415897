package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.doorstep.engine.category.AgeBand;
import org.jspecify.annotations.Nullable;

/** A resident unmasked, for a permitted user who stated a reason; the read is audited as a reveal. */
record RevealedResident(
        long id,
        long householdId,
        long communityId,
        String name,
        String idNumber,
        @Nullable String phone,
        LocalDate birthDate,
        Sex sex,
        AgeBand ageBand,
        Set<SpecialGroup> groups,
        @Nullable String difficultyKind,
        @Nullable String healthNotes) {

    /** The fields a reveal shows, as the audit log records them. */
    static final List<String> FIELDS =
            List.of("name", "id_number", "phone", "birth_date", "sex", "groups", "difficulty_kind", "health_notes");
}
