package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bearer tokens end to end: refusal without one, issue, use, revocation and expiry. */
@DoorstepTest
@Import(TestClock.class)
class ApiTokenIT {

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

    @BeforeEach
    void setUp() {
        users = new TestAccounts(accountService, port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anonymousApiRequestsGet401ProblemDetailsNotARedirect() {
        for (String path : List.of("/api/me", "/api/users", "/api/no-such-endpoint")) {
            ResponseEntity<String> response = users.anonymous().get(path);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .isEqualTo("Bearer");
            assertThat((Integer) JsonPath.read(response.getBody(), "$.status")).isEqualTo(401);
            assertThat((String) JsonPath.read(response.getBody(), "$.instance")).isEqualTo(path);
        }
    }

    @Test
    void anonymousBrowserPagesRedirectToTheLoginPage() {
        ResponseEntity<String> response = users.anonymous().get("/");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation()).hasPath("/login");
    }

    @Test
    void loginPageAndApiDocumentationNeedNoSignIn() {
        assertThat(users.anonymous().get("/login").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> docs = users.anonymous().get("/v3/api-docs");
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(docs.getBody(), "$.components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
    }

    @Test
    void bearerTokenSignsInAndMeShowsRoleAndGrants() {
        ApiClient worker = users.withPlaces(Role.COMMUNITY_WORKER, 12, 11);

        ResponseEntity<String> me = worker.get("/api/me");

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getHeaders().get(HttpHeaders.SET_COOKIE))
                .as("stateless: no session")
                .isNull();
        String body = me.getBody();
        assertThat((String) JsonPath.read(body, "$.username")).isEqualTo(worker.username());
        assertThat((String) JsonPath.read(body, "$.displayName")).isEqualTo("Test " + worker.username());
        assertThat((String) JsonPath.read(body, "$.role")).isEqualTo("COMMUNITY_WORKER");
        assertThat((List<Integer>) JsonPath.read(body, "$.grants.places")).containsExactly(11, 12);
        assertThat((List<Integer>) JsonPath.read(body, "$.grants.facilities")).isEmpty();
        assertThat((List<Integer>) JsonPath.read(body, "$.grants.households")).isEmpty();
    }

    @Test
    void tokenIsRandomBase64UrlStoredOnlyAsItsHashWithTheConfiguredLifetime() {
        String username = users.createUser(Role.RESIDENT, Set.of(), Set.of(), Set.of(1L));
        Instant before = clock.instant();

        ResponseEntity<String> response = requestToken(username, TestAccounts.PASSWORD);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        String token = JsonPath.read(response.getBody(), "$.token");
        Instant expiresAt = Instant.parse(JsonPath.read(response.getBody(), "$.expiresAt"));
        // 32 bytes in base64url without padding: ceil(32 * 8 / 6) = 43 characters.
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(before, expiresAt))
                .isBetween(
                        properties.apiTokenLifetime().minusSeconds(2),
                        properties.apiTokenLifetime().plusSeconds(2));
        assertThat(countTokensStoredAs(ApiTokens.sha256(token))).isEqualTo(1);
        assertThat(countTokensStoredAs(token)).isZero();
    }

    @Test
    void revokedTokenIsRefused() {
        ApiClient resident = users.resident(5);
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(resident.delete("/api/auth/token").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> after = resident.get("/api/me");
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(after.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
    }

    @Test
    void tokenWorksUntilItExpiresThenIsRefused() {
        ApiClient resident = users.resident(6);
        Duration lifetime = properties.apiTokenLifetime();

        clock.advance(lifetime.minusMinutes(1));
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);

        clock.advance(Duration.ofMinutes(2));
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        String username = users.createUser(Role.RESIDENT, Set.of(), Set.of(), Set.of(1L));

        ResponseEntity<String> wrongPassword = requestToken(username, "not-the-password");
        ResponseEntity<String> unknownUser = requestToken("nobody-" + username, "not-the-password");

        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownUser.getStatusCode()).isEqualTo(wrongPassword.getStatusCode());
        assertThat(unknownUser.getBody()).isEqualTo(wrongPassword.getBody());
    }

    @Test
    void disabledAccountLosesItsTokensAndCannotSignIn() {
        ApiClient resident = users.resident(7);
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
        accountService.disableUser(resident.userId());

        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> again = requestToken(resident.username(), TestAccounts.PASSWORD);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat((String) JsonPath.read(again.getBody(), "$.detail")).isEqualTo("account disabled");
    }

    @Test
    void revokedGrantTakesEffectOnTheNextRequest() {
        ApiClient worker = users.withPlaces(Role.COMMUNITY_WORKER, 21, 22);
        assertThat((List<Integer>) JsonPath.read(worker.get("/api/me").getBody(), "$.grants.places"))
                .containsExactly(21, 22);

        accountService.revokeScope(worker.userId(), ScopeKind.PLACE, 22);

        assertThat((List<Integer>) JsonPath.read(worker.get("/api/me").getBody(), "$.grants.places"))
                .containsExactly(21);
    }

    @Test
    void accountChangedThroughAnotherServerTakesEffectWithinTheReuseTime() {
        ApiClient resident = users.resident(8);
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
        // As another server of the same database would: the row changes, this server is not told.
        jdbc.sql("update app_user set enabled = false where id = ?")
                .param(resident.userId())
                .update();

        // A copy lives between half and all of the reuse time (ShortLivedCopies).
        clock.advance(properties.signedInCacheTime().dividedBy(2).minusSeconds(1));
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);

        clock.advance(properties.signedInCacheTime().dividedBy(2).plusSeconds(1));
        assertThat(resident.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> requestToken(String username, String password) {
        return users.anonymous().post("/api/auth/token", Map.of("username", username, "password", password));
    }

    private long countTokensStoredAs(String value) {
        return jdbc.sql("select count(*) from api_token where token_sha256 = ?")
                .param(value)
                .query(Long.class)
                .single();
    }
}
