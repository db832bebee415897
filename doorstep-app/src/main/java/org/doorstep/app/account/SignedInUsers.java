package org.doorstep.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The principal behind a bearer token or behind a browser session's username, as the filters need it on every request.
 * Loading it costs three queries, most of a small request's work, so it is kept for a few seconds
 * ({@code doorstep.security.signed-in-seconds}; 0 loads it every time). Every change of an account, a grant or a
 * token made through this server makes the copies stale at once ({@link AccountChanges}), so a revoked grant or a
 * disabled account still takes effect at the next request; a change made through another server of the same
 * database takes effect within those seconds. A token's copy never outlives the token.
 */
@Component
class SignedInUsers {

    /** A principal as loaded, and when what it was loaded for (a token) expires. */
    private record Loaded(DoorstepPrincipal principal, Instant expiresAt) {}

    /** A principal as kept: the generation of account changes it saw and when the copy runs out. */
    private record Entry(DoorstepPrincipal principal, long generation, Instant validUntil) {}

    /** Beyond this many copies the cache starts again empty, so that a flood of tokens cannot fill the heap. */
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ApiTokens tokens;
    private final DoorstepUserDetailsService users;
    private final AccountChanges changes;
    private final Clock clock;
    private final Duration timeToLive;

    SignedInUsers(
            ApiTokens tokens,
            DoorstepUserDetailsService users,
            AccountChanges changes,
            Clock clock,
            SecurityProperties properties) {
        this.tokens = tokens;
        this.users = users;
        this.changes = changes;
        this.clock = clock;
        this.timeToLive = properties.signedInCacheTime();
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
        Instant now = clock.instant();
        long generation = changes.generation();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == generation && now.isBefore(entry.validUntil())) {
            return Optional.of(entry.principal());
        }
        Optional<Loaded> loaded = load.get();
        if (loaded.isEmpty() || timeToLive.isZero()) {
            entries.remove(key);
            return loaded.map(Loaded::principal);
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Instant until = now.plus(timeToLive);
        Instant expiry = loaded.get().expiresAt();
        entries.put(key, new Entry(loaded.get().principal(), generation, expiry.isBefore(until) ? expiry : until));
        return loaded.map(Loaded::principal);
    }
}
