package org.doorstep.app.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorstep.app.ShortLivedCopies;
import org.springframework.stereotype.Component;

/**
 * The principal behind a bearer token or behind a browser session's username, as the filters need it on every request.
 * Loading it costs three queries, most of a small request's work, so it is kept for a few seconds (between half and
 * all of {@code doorstep.security.signed-in-seconds}, see {@link ShortLivedCopies}; 0 loads it every time). Every change of an account, a grant or a
 * token made through this server makes the copies stale at once ({@link AccountChanges}), so a revoked grant or a
 * disabled account still takes effect at the next request; a change made through another server of the same
 * database takes effect within those seconds. A token's copy never outlives the token.
 */
@Component
class SignedInUsers {

    /** A principal as loaded, and when what it was loaded for (a token) expires. */
    private record Loaded(DoorstepPrincipal principal, Instant expiresAt) {}

    /** Beyond this many copies the cache starts again empty, so that a flood of tokens cannot fill the heap. */
    private static final int MAX_ENTRIES = 10_000;

    private final ShortLivedCopies<String, Loaded> copies;
    private final ApiTokens tokens;
    private final DoorstepUserDetailsService users;

    SignedInUsers(
            ApiTokens tokens,
            DoorstepUserDetailsService users,
            AccountChanges changes,
            Clock clock,
            SecurityProperties properties) {
        this.tokens = tokens;
        this.users = users;
        this.copies = new ShortLivedCopies<>(changes, clock, properties.signedInCacheTime(), MAX_ENTRIES);
    }

    /** The enabled account behind a token that exists and has not expired. */
    Optional<DoorstepPrincipal> forToken(String token) {
        String digest = ApiTokens.sha256(token);
        return cached(
                "token:" + digest, () -> tokens.ownerOf(digest).flatMap(owner -> users.findSignedIn(owner.username())
                        .map(principal -> new Loaded(principal, owner.expiresAt()))));
    }

    /** The enabled account of this username. */
    Optional<DoorstepPrincipal> forUsername(String username) {
        return cached("user:" + username, () -> users.findSignedIn(username)
                .map(principal -> new Loaded(principal, Instant.MAX)));
    }

    private Optional<DoorstepPrincipal> cached(String key, Supplier<Optional<Loaded>> load) {
        return copies.get(key, load, Loaded::expiresAt).map(Loaded::principal);
    }
}
