package org.doorstep.app.ledger;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry to add: a positive amount in fen (1 yuan = 100 fen) of a kind on a day. */
record NewLedgerEntry(LocalDate date, LedgerKind kind, long amount_fen, @Nullable String note) {}
