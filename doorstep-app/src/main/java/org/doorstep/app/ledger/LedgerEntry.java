package org.doorstep.app.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry as stored.
 *
 * @param amount_fen positive, or for a reversing entry the negated amount of the entry it reverses
 * @param reversesId the entry this one reverses, null for an ordinary entry
 */
record LedgerEntry(
        long id,
        long facilityId,
        LocalDate date,
        LedgerKind kind,
        long amount_fen,
        @Nullable String note,
        @Nullable Long reversesId,
        String recordedBy,
        OffsetDateTime recordedAt) {}
