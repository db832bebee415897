/**
 * The operating ledger of facilities: fees, subsidies, commercial income and costs in fen, append-only with
 * reversing entries for corrections, and the balance per facility and month, so that commercial space that
 * cross-subsidises public-welfare space is visible. Operators keep and read their own facilities' ledgers; planners
 * read totals of places only. {@link org.doorstep.app.ledger.LedgerBalances} is the public read for planning.
 */
@NullMarked
package org.doorstep.app.ledger;

import org.jspecify.annotations.NullMarked;
