package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A browser's way in: the login form, a session cookie, CSRF tokens on changes, logout. */
@DoorstepTest
@Import(TestClock.class)
class SessionLoginIT {

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityProperties properties;

    @LocalServerPort
    int port;

    Browser browser;
    TestAccounts users;

    @BeforeEach
    void setUp() {
        browser = new Browser(port);
        users = new TestAccounts(accountService, port);
    }

    @Test
    void sessionPostWithoutCsrfTokenIsRefusedAndWithOnePasses() throws Exception {
        String admin = users.createUser(Role.ADMIN, Set.of(), Set.of(), Set.of());
        assertThat(browser.logIn(admin, TestAccounts.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String newUser = "{\"username\":\"" + TestAccounts.newUsername(Role.PLANNER) + "\",\"password\":\""
                + TestAccounts.PASSWORD + "\",\"role\":\"PLANNER\",\"displayName\":\"Planner\",\"places\":[1]}";

        HttpResponse<String> withoutToken = browser.postJson("/api/users", newUser, null);
        HttpResponse<String> withToken = browser.postJson("/api/users", newUser, browser.csrfToken());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(withoutToken.body()).contains("CSRF");
        assertThat(withToken.statusCode()).isEqualTo(201);
    }

    @Test
    void sessionSignsInBrowserRequestsUntilLogout() throws Exception {
        String worker = users.createUser(Role.COMMUNITY_WORKER, Set.of(2L), Set.of(), Set.of());
        browser.logIn(worker, TestAccounts.PASSWORD);
        assertThat(browser.get("/api/me").body()).contains("\"username\":\"" + worker + "\"");

        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", browser.csrfToken()));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() throws Exception {
        String worker = users.createUser(Role.COMMUNITY_WORKER, Set.of(2L), Set.of(), Set.of());

        HttpResponse<String> response =
                browser.postForm("/login", Map.of("username", worker, "password", TestAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void disabledAccountLosesItsSessionAtTheNextRequest() throws Exception {
        String worker = users.createUser(Role.COMMUNITY_WORKER, Set.of(2L), Set.of(), Set.of());
        browser.logIn(worker, TestAccounts.PASSWORD);

        accountService.disableUser(accountService.findUser(worker).orElseThrow().id());

        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void formLoginFailuresCountTowardsTheLockAndTheLockIsSpelledOut() throws Exception {
        String worker = users.createUser(Role.COMMUNITY_WORKER, Set.of(2L), Set.of(), Set.of());
        int limit = properties.maxFailedLogins();
        for (int attempt = 1; attempt < limit; attempt++) {
            assertThat(browser.logIn(worker, "not-the-password").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        HttpResponse<String> lastFailure = browser.logIn(worker, "not-the-password");

        HttpResponse<String> rightPassword = browser.logIn(worker, TestAccounts.PASSWORD);

        assertThat(lastFailure.statusCode()).isEqualTo(429);
        assertThat(rightPassword.statusCode()).isEqualTo(429);
        assertThat(rightPassword.body()).contains("account locked until");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    /** A cookie-keeping HTTP client that does not follow redirects, as a browser session seen from the server. */
    private static final class Browser {

        private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base;

        Browser(int port) {
            base = "http://localhost:" + port;
        }

        /** The session's CSRF token, read from the login page's form as a browser would. */
        String csrfToken() throws IOException, InterruptedException {
            Matcher input = CSRF_INPUT.matcher(get("/login").body());
            assertThat(input.find()).as("CSRF field on the login page").isTrue();
            return input.group(1);
        }

        HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
            return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrfToken()));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            String form = fields.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> postJson(String path, String json, String csrfToken)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (csrfToken != null) {
                request.header("X-CSRF-TOKEN", csrfToken);
            }
            return send(request);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
