package org.doorstep.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The H2 trigger, on H2 whatever database the other tests use, so that every run checks both vendors' append-only
 * rule (AuditLogIT checks the configured one): the real migrations on a fresh in-memory database, no Spring.
 */
class AuditLogAppendOnlyH2IT {

    @Test
    void h2RefusesUpdateAndDeleteOfAuditRows() throws SQLException {
        String url =
                "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into audit_log (at, actor, action, subject_kind, subject_id)"
                    + " values (current_timestamp, 'tester', 'READ', 'resident', '7')");

            assertThatThrownBy(() -> sql.executeUpdate("update audit_log set actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_log")).hasMessageContaining("append-only");

            try (ResultSet rs = sql.executeQuery("select actor from audit_log")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("tester");
            }
        }
    }
}
