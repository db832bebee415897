package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Consecutive failed logins lock an account for the lock time, whatever password comes next. */
@DoorstepTest
@Import(TestClock.class)
class LoginThrottlingIT {

    private static final String WRONG = "not-the-password";

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityProperties properties;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestAccounts users;
    String username;

    @BeforeEach
    void setUp() {
        users = new TestAccounts(accountService, port);
        username = users.createUser(Role.COMMUNITY_WORKER, Set.of(1L), Set.of(), Set.of());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAttemptAfterTheLimitIsRefusedEvenWithTheRightPasswordUntilTheLockLifts() {
        int limit = properties.maxFailedLogins();
        for (int attempt = 1; attempt < limit; attempt++) {
            assertThat(login(WRONG).getStatusCode()).as("attempt " + attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        Instant lockStart = clock.instant();
        assertThat(login(WRONG).getStatusCode())
                .as("the failure that reaches the limit")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        ResponseEntity<String> rightPassword = login(TestAccounts.PASSWORD);

        assertThat(rightPassword.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat((String) JsonPath.read(rightPassword.getBody(), "$.detail")).startsWith("account locked until ");
        long retryAfter_s = Long.parseLong(rightPassword.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter_s)
                .isBetween(
                        properties.lockTime().toSeconds() - 5,
                        properties.lockTime().toSeconds());
        assertThat(lockedUntil())
                .isBetween(
                        lockStart.plus(properties.lockTime()).minusSeconds(2),
                        lockStart.plus(properties.lockTime()).plusSeconds(2));

        clock.advance(properties.lockTime().plusSeconds(2));

        assertThat(login(TestAccounts.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(failedLogins()).isZero();
        assertThat(lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        int limit = properties.maxFailedLogins();
        for (int attempt = 1; attempt < limit; attempt++) {
            login(WRONG);
        }
        assertThat(login(TestAccounts.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(failedLogins()).isZero();

        for (int attempt = 1; attempt < limit; attempt++) {
            assertThat(login(WRONG).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(failedLogins()).isEqualTo(limit - 1);
        assertThat(login(TestAccounts.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void wrongPasswordsDuringTheLockNeitherCountNorExtendIt() {
        for (int attempt = 0; attempt < properties.maxFailedLogins(); attempt++) {
            login(WRONG);
        }
        Instant lockedUntil = lockedUntil();

        clock.advance(Duration.ofMinutes(1));
        assertThat(login(WRONG).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(lockedUntil()).isEqualTo(lockedUntil);
        assertThat(failedLogins()).isZero();
    }

    private ResponseEntity<String> login(String password) {
        return users.anonymous().post("/api/auth/token", Map.of("username", username, "password", password));
    }

    private int failedLogins() {
        return jdbc.sql("select failed_logins from app_user where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private Instant lockedUntil() {
        OffsetDateTime until = jdbc.sql("select locked_until from app_user where username = ?")
                .param(username)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .list()
                .get(0);
        return until == null ? null : until.toInstant();
    }
}
