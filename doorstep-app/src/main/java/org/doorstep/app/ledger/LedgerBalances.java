package org.doorstep.app.ledger;

import java.time.YearMonth;
import org.springframework.stereotype.Service;

/**
 * Ledger balances as planning reads them, system-level: a facility's month, or the totals of every facility at or
 * below a place (reversals included, so a corrected mistake nets to nothing).
 */
@Service
public class LedgerBalances {

    private final LedgerRepository ledger;

    LedgerBalances(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    public MonthlyBalance facilityBalance(long facilityId, YearMonth month) {
        return ledger.facilityBalance(facilityId, month);
    }

    public MonthlyBalance placeBalance(long placeId, YearMonth month) {
        return ledger.placeBalance(placeId, month);
    }
}
