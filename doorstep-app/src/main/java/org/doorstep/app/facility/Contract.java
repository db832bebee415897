package org.doorstep.app.facility;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A site-for-service contract (场地换服务): space in a facility granted to an operator for a term, in exchange for
 * public-welfare obligations and capped prices (as text, as amounts, or both).
 *
 * @param status derived from the term and today's date in China
 */
record Contract(
        long id,
        long facilityId,
        String facilityName,
        long operatorId,
        String operatorName,
        double spaceGranted_m2,
        String obligations,
        @Nullable String cappedPrices,
        List<PriceCap> priceCaps,
        LocalDate termStart,
        LocalDate termEnd,
        ContractStatus status) {}
