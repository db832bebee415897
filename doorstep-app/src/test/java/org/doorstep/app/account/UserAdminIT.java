package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administrators' account API, and how accounts are stored. */
@DoorstepTest
@Import(TestClock.class)
class UserAdminIT {

    @Autowired
    AccountService accountService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestAccounts users;

    @BeforeEach
    void setUp() {
        users = new TestAccounts(accountService, port);
    }

    @Test
    void adminCreatesAUserWithABearerTokenAndNoCsrfToken() {
        ApiClient admin = users.admin();
        String username = TestAccounts.newUsername(Role.OPERATOR);

        ResponseEntity<String> created = admin.post("/api/users", newUser(username, "OPERATOR", "facilities", 8));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/users/" + id);
        assertThat((List<Integer>) JsonPath.read(created.getBody(), "$.grants.facilities"))
                .containsExactly(8);
        assertThat(users.signIn(username, TestAccounts.PASSWORD).get("/api/me").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void nonAdminCannotCreateUsers() {
        ApiClient street = users.withPlaces(Role.STREET_OFFICER, 3);
        String username = TestAccounts.newUsername(Role.STREET_OFFICER);

        ResponseEntity<String> refused = street.post("/api/users", newUser(username, "ADMIN", "places", 3));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(street.get("/api/users").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(accountService.findUser(username)).isEmpty();
    }

    @Test
    void adminGrantsListsAndDisables() {
        ApiClient admin = users.admin();
        ApiClient planner = users.withPlaces(Role.PLANNER, 40);
        String user = "/api/users/" + planner.userId();

        ResponseEntity<String> granted = admin.post(user + "/grants", Map.of("kind", "PLACE", "targetId", 41));
        ResponseEntity<String> listed = admin.get("/api/users");
        ResponseEntity<String> disabled = admin.post(user + "/disable", Map.of());

        assertThat((List<Integer>) JsonPath.read(granted.getBody(), "$.grants.places"))
                .containsExactly(40, 41);
        assertThat((List<String>) JsonPath.read(listed.getBody(), "$[*].username"))
                .contains(admin.username(), planner.username());
        assertThat((Boolean) JsonPath.read(disabled.getBody(), "$.enabled")).isFalse();
        assertThat(planner.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * Who may see whose data is audited like the data: each creation, grant, revocation, disabling and enabling is an
     * entry naming the administrator who made it and what changed; a refused change writes none.
     */
    @Test
    void everyAccountChangeIsAuditedWithItsAdministratorAndWhatChanged() {
        ApiClient admin = users.admin();
        String username = TestAccounts.newUsername(Role.COMMUNITY_WORKER);
        ResponseEntity<String> created = admin.post("/api/users", newUser(username, "COMMUNITY_WORKER", "places", 50));
        String user = "/api/users/" + JsonPath.<Number>read(created.getBody(), "$.id");
        long id = JsonPath.<Number>read(created.getBody(), "$.id").longValue();

        admin.post(user + "/grants", Map.of("kind", "PLACE", "targetId", 51));
        admin.delete(user + "/grants/PLACE/50");
        admin.post(user + "/disable", Map.of());
        admin.post(user + "/enable", Map.of());
        ResponseEntity<String> refused = admin.post(user + "/grants", Map.of("kind", "HOUSEHOLD", "targetId", 7));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> entries = jdbc.sql("select actor, actor_role, action, detail from audit_log"
                        + " where subject_kind = 'account' and subject_id = ? order by id")
                .param(Long.toString(id))
                .query()
                .listOfRows();
        assertThat(entries).extracting(e -> e.get("actor")).containsOnly(admin.username());
        assertThat(entries).extracting(e -> e.get("actor_role")).containsOnly("ADMIN");
        assertThat(entries)
                .extracting(e -> e.get("action") + " " + e.get("detail"))
                .containsExactly(
                        "CREATE " + username + ": role=COMMUNITY_WORKER places=[50] facilities=[] households=[]",
                        "UPDATE " + username + ": grant PLACE 51",
                        "UPDATE " + username + ": revoke PLACE 50",
                        "UPDATE " + username + ": disable",
                        "UPDATE " + username + ": enable");
    }

    @Test
    void invalidAccountsAreRefusedNamingTheField() {
        ApiClient admin = users.admin();
        String fresh = TestAccounts.newUsername(Role.RESIDENT);
        Map<String, Object> badUsername = newUser("Upper Case", "RESIDENT", "households", 1);
        Map<String, Object> shortPassword = new HashMap<>(newUser(fresh, "RESIDENT", "households", 1));
        shortPassword.put("password", "123456789");
        Map<String, Object> residentWithPlace = newUser(fresh, "RESIDENT", "places", 1);

        assertRefused(admin.post("/api/users", badUsername), HttpStatus.BAD_REQUEST, "username");
        assertRefused(admin.post("/api/users", shortPassword), HttpStatus.BAD_REQUEST, "password");
        assertRefused(admin.post("/api/users", residentWithPlace), HttpStatus.BAD_REQUEST, "grants");
        assertThat(accountService.findUser(fresh)).isEmpty();
        assertThat(admin.post("/api/users", newUser(admin.username(), "RESIDENT", "households", 1))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void passwordIsStoredOnlyAsABcryptHash() {
        String username = TestAccounts.newUsername(Role.PLANNER);
        String password = "correct horse battery";
        accountService.createUser(
                new NewUser(username, password, Role.PLANNER, "Planner", Set.of(9L), Set.of(), Set.of()));

        String stored = jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .single();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(passwordEncoder.matches(password, stored)).isTrue();
    }

    private static Map<String, Object> newUser(String username, String role, String grantKind, long target) {
        return Map.of(
                "username",
                username,
                "password",
                TestAccounts.PASSWORD,
                "role",
                role,
                "displayName",
                "New user",
                grantKind,
                List.of(target));
    }

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat((String) JsonPath.read(response.getBody(), "$.field")).isEqualTo(field);
    }
}
