package org.doorstep.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for API clients: 32 random bytes in base64url, stored only as their SHA-256, valid until
 * {@code doorstep.security.api-token-hours} after issue. A random 256-bit token needs no slow hash: nobody can guess
 * it, so a fast digest that merely keeps the database from holding usable tokens is enough.
 */
@Component
class ApiTokens {

    /** A token as handed to its client, once: the server never sees the plain text again. */
    record IssuedToken(String token, Instant expiresAt) {}

    /** The account a stored token belongs to, and when the token expires. */
    record Owner(String username, Instant expiresAt) {}

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AccountChanges changes;
    private final Clock clock;
    private final SecurityProperties properties;

    ApiTokens(JdbcClient jdbc, AccountChanges changes, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new token for the user; also prunes every user's expired tokens, so the table stays small. */
    IssuedToken issue(long userId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(properties.apiTokenLifetime());
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from api_token where expires_at <= ?").param(utc(now)).update();
        jdbc.sql("insert into api_token (user_id, token_sha256, created_at, expires_at) values (?, ?, ?, ?)")
                .params(userId, sha256(token), utc(now), utc(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The owner of the token with this digest, where it exists, has not expired and its account is enabled. */
    Optional<Owner> ownerOf(String tokenSha256) {
        return jdbc.sql("select u.username, t.expires_at from api_token t join app_user u on u.id = t.user_id"
                        + " where t.token_sha256 = ? and t.expires_at > ? and u.enabled")
                .params(tokenSha256, utc(clock.instant()))
                .query((rs, n) -> new Owner(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    void revoke(String token) {
        jdbc.sql("delete from api_token where token_sha256 = ?")
                .param(sha256(token))
                .update();
        changes.changed();
    }

    void revokeAll(long userId) {
        jdbc.sql("delete from api_token where user_id = ?").param(userId).update();
        changes.changed();
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
