package org.doorstep.app;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database the server runs on: PostgreSQL in production, or the embedded H2 of the zero-setup default. A few hot
 * paths take one round trip on PostgreSQL where H2 needs a statement at a time (a data-modifying {@code with}, a
 * PL/pgSQL function); decision 0006 ({@code docs/decisions/0006-one-round-trip-steps-on-postgresql.md}) says which
 * and why.
 */
@Component
public class DatabaseKind {

    private final boolean postgres;

    DatabaseKind(DataSource dataSource) throws MetaDataAccessException {
        this.postgres = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    public boolean isPostgres() {
        return postgres;
    }
}
