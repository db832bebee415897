package org.doorstep.app.booking;

import java.util.List;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * A service for a facility to offer.
 *
 * @param priceStandard_fen price per session in fen (1/100 yuan)
 * @param priceSubsidised_fen the lower price for members of {@code subsidisedGroup}; both null or both set
 * @param minAge youngest age in whole years on the day of booking, inclusive; null for none
 * @param maxAge oldest age in whole years on the day of booking, inclusive; null for none ({@code 2} is "under 3")
 * @param requiredGroup a special group the resident must belong to, null for none
 * @param areaCommunityIds the communities whose residents may book; empty for the facility's own community
 * @param needsApproval a booking that gets a place waits as REQUESTED for the operator to confirm it
 */
public record NewService(
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

    public NewService {
        areaCommunityIds = areaCommunityIds == null ? List.of() : List.copyOf(areaCommunityIds);
    }
}
