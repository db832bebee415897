package org.doorstep.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code app_user} and {@code user_scope}. */
@Repository
class AccountRepository {

    private static final String SELECT_USER =
            "select id, username, password_hash, role, display_name, enabled, locked_until from app_user";

    private final JdbcClient jdbc;
    private final AccountChanges changes;

    AccountRepository(JdbcClient jdbc, AccountChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    long insert(NewUser user, String passwordHash) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, password_hash, role, display_name) values (?, ?, ?, ?)")
                .params(user.username(), passwordHash, user.role().name(), user.displayName())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class), "generated user id");
    }

    boolean usernameExists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql(SELECT_USER + " where username = ?")
                .param(username)
                .query(AccountRepository::row)
                .optional();
    }

    Optional<AccountRow> findById(long id) {
        return jdbc.sql(SELECT_USER + " where id = ?")
                .param(id)
                .query(AccountRepository::row)
                .optional();
    }

    List<AccountRow> findAll() {
        return jdbc.sql(SELECT_USER + " order by username")
                .query(AccountRepository::row)
                .list();
    }

    /** Sets the flag; enabling also lifts a lock and forgets failed logins, so an administrator can unlock. */
    void setEnabled(long id, boolean enabled) {
        String lift = enabled ? ", failed_logins = 0, locked_until = null" : "";
        jdbc.sql("update app_user set enabled = ?" + lift + " where id = ?")
                .params(enabled, id)
                .update();
        changes.changed();
    }

    /** Adds the grant unless the user already holds it. */
    void insertGrant(long userId, Grant grant) {
        jdbc.sql("insert into user_scope (user_id, kind, target_id) select :user, :kind, :target"
                        + " where not exists (select 1 from user_scope"
                        + " where user_id = :user and kind = :kind and target_id = :target)")
                .param("user", userId)
                .param("kind", grant.kind().name())
                .param("target", grant.targetId())
                .update();
        changes.changed();
    }

    void deleteGrant(long userId, Grant grant) {
        jdbc.sql("delete from user_scope where user_id = ? and kind = ? and target_id = ?")
                .params(userId, grant.kind().name(), grant.targetId())
                .update();
        changes.changed();
    }

    List<Grant> grantsOf(long userId) {
        return jdbc.sql("select kind, target_id from user_scope where user_id = ?")
                .param(userId)
                .query((rs, n) -> grant(rs))
                .list();
    }

    /** Every user's grants in one query, for listing accounts. */
    Map<Long, List<Grant>> allGrants() {
        Map<Long, List<Grant>> byUser = new TreeMap<>();
        jdbc.sql("select user_id, kind, target_id from user_scope").query(rs -> {
            byUser.computeIfAbsent(rs.getLong("user_id"), id -> new ArrayList<>())
                    .add(grant(rs));
        });
        return byUser;
    }

    private static Grant grant(ResultSet rs) throws SQLException {
        return new Grant(ScopeKind.valueOf(rs.getString("kind")), rs.getLong("target_id"));
    }

    private static AccountRow row(ResultSet rs, int rowNum) throws SQLException {
        @Nullable OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new AccountRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getString("display_name"),
                rs.getBoolean("enabled"),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
