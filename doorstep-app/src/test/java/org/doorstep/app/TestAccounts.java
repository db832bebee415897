package org.doorstep.app;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.NewUser;
import org.doorstep.app.account.Role;
import org.springframework.http.ResponseEntity;

/**
 * Users for integration tests: creates an account with a role and grants through {@link AccountService}, signs it in
 * through {@code POST /api/auth/token} like a real API client, and hands back an {@link ApiClient} that sends its
 * bearer token. Usernames are unique within the test run ({@code <role>-<n>}); every account has {@link #PASSWORD}.
 *
 * <pre>{@code
 * @DoorstepTest
 * class FooIT {
 *     @Autowired AccountService accountService;
 *     @LocalServerPort int port;
 *
 *     @Test
 *     void workerSeesOnlyItsCommunity() {
 *         ApiClient worker = new TestAccounts(accountService, port).withPlaces(Role.COMMUNITY_WORKER, communityId);
 *         assertThat(worker.get("/api/foo").getStatusCode()).isEqualTo(HttpStatus.OK);
 *     }
 * }
 * }</pre>
 */
public final class TestAccounts {

    /** The password of every account made here. */
    public static final String PASSWORD = "test-password-1";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final AccountService accounts;
    private final int port;

    public TestAccounts(AccountService accounts, int port) {
        this.accounts = accounts;
        this.port = port;
    }

    /** A signed-in administrator (sees everything). */
    public ApiClient admin() {
        return signIn(Role.ADMIN, Set.of(), Set.of(), Set.of());
    }

    /** A signed-in community worker, street officer or planner with the given place grants (any level). */
    public ApiClient withPlaces(Role role, long... placeIds) {
        return signIn(role, ids(placeIds), Set.of(), Set.of());
    }

    /** A signed-in operator of the given facilities. */
    public ApiClient operator(long... facilityIds) {
        return signIn(Role.OPERATOR, Set.of(), ids(facilityIds), Set.of());
    }

    /** A signed-in resident of the given households. */
    public ApiClient resident(long... householdIds) {
        return signIn(Role.RESIDENT, Set.of(), Set.of(), ids(householdIds));
    }

    /** A new account with any role and grants, signed in. */
    public ApiClient signIn(Role role, Set<Long> places, Set<Long> facilities, Set<Long> households) {
        return signIn(createUser(role, places, facilities, households), PASSWORD);
    }

    /**
     * A new account, not signed in, with password {@link #PASSWORD} and display name {@code "Test <username>"};
     * returns its username.
     */
    public String createUser(Role role, Set<Long> places, Set<Long> facilities, Set<Long> households) {
        String username = newUsername(role);
        accounts.createUser(new NewUser(username, PASSWORD, role, "Test " + username, places, facilities, households));
        return username;
    }

    /** Signs in an existing account; throws unless the token endpoint issues a token. */
    public ApiClient signIn(String username, String password) {
        ResponseEntity<String> response =
                anonymous().post("/api/auth/token", Map.of("username", username, "password", password));
        if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
            throw new IllegalStateException(
                    "no token for " + username + ": " + response.getStatusCode() + " " + response.getBody());
        }
        String token = JsonPath.read(response.getBody(), "$.token");
        long userId = accounts.findUser(username).orElseThrow().id();
        return new ApiClient(port, username, userId, token);
    }

    /** A client that sends no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(port, null, 0, null);
    }

    /** A username no account of this test run has yet. */
    public static String newUsername(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + SERIAL.incrementAndGet();
    }

    private static Set<Long> ids(long... ids) {
        return Arrays.stream(ids).boxed().collect(Collectors.toUnmodifiableSet());
    }
}
