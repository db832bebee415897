package org.doorstep.app.booking;

import java.util.List;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * A service a facility offers, as stored.
 *
 * @param areaCommunityIds the communities whose residents may book, never empty (the facility's own by default)
 */
public record OfferedService(
        long id,
        long facilityId,
        ServiceKind kind,
        String name,
        int priceStandard_fen,
        @Nullable Integer priceSubsidised_fen,
        @Nullable SpecialGroup subsidisedGroup,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        @Nullable SpecialGroup requiredGroup,
        List<Long> areaCommunityIds,
        boolean needsApproval) {

    public OfferedService {
        areaCommunityIds = List.copyOf(areaCommunityIds);
    }
}
