package org.doorstep.app.meals;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An order of a meal for a resident.
 *
 * @param price_fen what the resident pays: the menu price less the subsidy
 * @param subsidyRule the rule that subsidised it, null for none (no rule met, or already subsidised that day)
 * @param deliveryAddress the household's address for home delivery, else null
 * @param cancelledAt when the order was cancelled (its subsidy then released, so 0), else null
 */
record MealOrder(
        long id,
        long menuId,
        long canteenId,
        LocalDate day,
        long residentId,
        int price_fen,
        int subsidy_fen,
        @Nullable String subsidyRule,
        boolean homeDelivery,
        @Nullable String deliveryAddress,
        @Nullable Instant cancelledAt) {}
