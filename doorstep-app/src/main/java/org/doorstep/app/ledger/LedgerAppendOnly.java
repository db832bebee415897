package org.doorstep.app.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps {@code ledger_entry} append-only (PostgreSQL has its own, in SQL). Public with a public
 * constructor because H2 instantiates it by name (db/vendor/h2).
 */
public final class LedgerAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "ledger_entry is append-only: correct an entry with a reversing entry", "P0001" /* raise_exception */);
    }
}
