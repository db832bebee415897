package org.doorstep.app.facility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An operator to add: a canteen, childcare, care or housekeeping company or a social organisation.
 *
 * @param brand the chain brand, null for an independent operator
 * @param creditCode the 18-character unified social credit code (统一社会信用代码, GB 32100), check character verified
 * @param contactPhone the organisation's service line (not a person's)
 */
public record NewOperator(
        String name,
        @Nullable String brand,
        @Nullable String creditCode,
        List<Qualification> qualifications,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String contactAddress) {

    public NewOperator {
        // A JSON body without the member arrives as null.
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }
}
