package org.doorstep.app.facility;

import java.time.LocalDate;

/** Where a contract's term stands on a day: not begun, running (both end days included), or over. */
enum ContractStatus {
    UPCOMING,
    ACTIVE,
    EXPIRED;

    static ContractStatus on(LocalDate day, LocalDate termStart, LocalDate termEnd) {
        if (day.isBefore(termStart)) {
            return UPCOMING;
        }
        return day.isAfter(termEnd) ? EXPIRED : ACTIVE;
    }
}
