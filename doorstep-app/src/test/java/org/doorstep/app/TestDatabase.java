package org.doorstep.app;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the database the tests run against: the real PostgreSQL named by
 * {@code DOORSTEP_TEST_PG_URL} (with {@code _USER} and {@code _PASSWORD}; {@code .ci/run} sets them), or else a fresh
 * in-memory H2 in PostgreSQL mode, said loudly. Under {@code CI=true} a missing PostgreSQL is a failure, not a
 * fallback. {@code -Ddoorstep.test.database=h2} forces H2 even where PostgreSQL is set, to run the same tests on both.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile boolean warned;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("doorstep-test-db", properties()));
    }

    /** True when these tests run against PostgreSQL. */
    public static boolean isPostgres() {
        return postgresUrl() != null && !"h2".equals(System.getProperty("doorstep.test.database"));
    }

    static Map<String, Object> properties() {
        String url = postgresUrl();
        if (isPostgres()) {
            return Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    env("DOORSTEP_TEST_PG_USER", "doorstep"),
                    "spring.datasource.password",
                    env("DOORSTEP_TEST_PG_PASSWORD", "doorstep"),
                    // Each context starts from an empty schema: the tests own this database.
                    "spring.flyway.clean-disabled",
                    "false",
                    "doorstep.test.clean-database",
                    "true");
        }
        if (url == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "CI=true but DOORSTEP_TEST_PG_URL is not set: the integration tests must run against PostgreSQL"
                            + " (.ci/run installs and starts it)");
        }
        if (url == null && !warned) {
            warned = true;
            System.err.println("\n*** DOORSTEP_TEST_PG_URL is not set: integration tests run on in-memory H2, NOT on"
                    + " PostgreSQL. Run .ci/run (or set DOORSTEP_TEST_PG_URL) to test against PostgreSQL. ***\n");
        }
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:mem:doorstep-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    private static String postgresUrl() {
        String url = System.getenv("DOORSTEP_TEST_PG_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
