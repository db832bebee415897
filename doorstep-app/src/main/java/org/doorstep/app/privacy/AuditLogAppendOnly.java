package org.doorstep.app.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps {@code audit_log} append-only (PostgreSQL has its own, in SQL): it refuses every UPDATE
 * and DELETE. Public with a public constructor because H2 instantiates it by name (db/vendor/h2).
 */
public final class AuditLogAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_log is append-only: its rows cannot be changed or deleted", "P0001" /* raise_exception */);
    }
}
