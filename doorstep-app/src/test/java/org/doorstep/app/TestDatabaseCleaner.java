package org.doorstep.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** On PostgreSQL, each test context empties the test database before migrating it, so no run sees another's rows. */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseCleaner {

    @Bean
    @ConditionalOnProperty("doorstep.test.clean-database")
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
