package org.doorstep.app.facility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An operator as the management API shows it, with its qualifications by kind. */
record Operator(
        long id,
        String name,
        @Nullable String brand,
        @Nullable String creditCode,
        List<Qualification> qualifications,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String contactAddress) {

    Operator withQualifications(List<Qualification> qualifications) {
        return new Operator(
                id, name, brand, creditCode, List.copyOf(qualifications), contactPhone, contactEmail, contactAddress);
    }
}
