package org.doorstep.app.meals;

import java.time.LocalDate;
import java.util.List;

/**
 * A canteen's meals of one day: how many were ordered and delivered, what residents paid and what the subsidies
 * cost, by rule.
 */
record MealLedger(
        long canteenId,
        LocalDate day,
        int meals,
        int deliveries,
        long paid_fen,
        long subsidy_fen,
        List<RuleLine> byRule) {

    /** The subsidised meals of one rule and their subsidy. */
    record RuleLine(String rule, int meals, long subsidy_fen) {}
}
