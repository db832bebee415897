package org.doorstep.app.registry;

import java.time.LocalDate;
import org.doorstep.app.privacy.Masking;
import org.doorstep.engine.category.AgeBand;

/** Residents as users see them: masked by default, unmasked only for a reveal. */
final class ResidentViews {

    private ResidentViews() {}

    static MaskedResident masked(Resident r, LocalDate today) {
        ResidentData d = r.data();
        return new MaskedResident(
                r.id(),
                r.householdId(),
                r.communityId(),
                Masking.name(d.name()),
                Masking.idNumber(d.idNumber()),
                d.phone() == null ? null : Masking.phone(d.phone()),
                d.sex(),
                AgeBand.ofAge(r.age(today)),
                r.groups(today));
    }

    static RevealedResident revealed(Resident r, LocalDate today) {
        ResidentData d = r.data();
        return new RevealedResident(
                r.id(),
                r.householdId(),
                r.communityId(),
                d.name(),
                d.idNumber(),
                d.phone(),
                d.birthDate(),
                d.sex(),
                AgeBand.ofAge(r.age(today)),
                r.groups(today),
                d.difficultyKind(),
                d.healthNotes());
    }
}
