package org.doorstep.app.ledger;

import java.time.YearMonth;

/**
 * A facility's (or a place's facilities') ledger for a month, reversals included, in fen.
 *
 * @param facilities how many facilities the figures cover (1 for one facility's)
 * @param balance_fen income (fees, subsidies, commercial income) less costs
 */
public record MonthlyBalance(
        long placeOrFacilityId,
        YearMonth month,
        long facilities,
        long fees_fen,
        long subsidies_fen,
        long commercialIncome_fen,
        long costs_fen,
        long balance_fen) {}
