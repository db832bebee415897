package org.doorstep.app.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and changes their grants. Callers decide who may do so (the REST API admits administrators only);
 * this service enforces the rules of an account itself: username pattern, password length, grants that fit the role.
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final int MIN_PASSWORD_CHARS = 10;
    // bcrypt reads only the first 72 bytes; Spring's encoder refuses longer input rather than ignore the rest.
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final int MAX_DISPLAY_NAME_CHARS = 100;

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    AccountService(
            AccountRepository accounts,
            ApiTokens tokens,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Creates an enabled account with its grants and returns its id. The password is stored as a bcrypt hash
     * ({@code {bcrypt}...}, Spring's delegating encoder).
     *
     * @throws InvalidAccountException naming the field that breaks a rule
     * @throws UsernameTakenException if the username is in use
     */
    @Transactional
    public long createUser(NewUser user) {
        validate(user);
        if (accounts.usernameExists(user.username())) {
            throw new UsernameTakenException(user.username());
        }
        long id;
        try {
            id = accounts.insert(user, passwordEncoder.encode(user.password()));
        } catch (DuplicateKeyException e) {
            // Another request took the name between the check and the insert.
            throw new UsernameTakenException(user.username());
        }
        List<Grant> grants = grantsOf(user);
        for (Grant grant : grants) {
            accounts.insertGrant(id, grant);
        }
        Grants granted = Grants.of(grants);
        events.publishEvent(new AccountChanged(
                id,
                user.username(),
                true,
                "role=" + user.role() + " places=" + granted.places() + " facilities=" + granted.facilities()
                        + " households=" + granted.households()));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findUser(String username) {
        return accounts.findByUsername(username).map(row -> row.view(Grants.of(accounts.grantsOf(row.id()))));
    }

    /** @throws AccountNotFoundException if there is no such user */
    @Transactional(readOnly = true)
    public AccountView getUser(long userId) {
        AccountRow row = row(userId);
        return row.view(Grants.of(accounts.grantsOf(userId)));
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public List<AccountView> listUsers() {
        Map<Long, List<Grant>> grants = accounts.allGrants();
        return accounts.findAll().stream()
                .map(row -> row.view(Grants.of(grants.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    /**
     * Lets the user see the target (and, for a place, everything below it). Granting twice changes nothing.
     *
     * @throws InvalidAccountException if the user's role does not hold grants of this kind
     */
    @Transactional
    public AccountView grantScope(long userId, ScopeKind kind, long targetId) {
        AccountRow row = row(userId);
        requireFits(kind, row.role());
        accounts.insertGrant(userId, new Grant(kind, targetId));
        return changed(row, "grant " + kind + " " + targetId);
    }

    /** Takes a grant away; revoking one the user does not hold changes nothing. */
    @Transactional
    public AccountView revokeScope(long userId, ScopeKind kind, long targetId) {
        AccountRow row = row(userId);
        accounts.deleteGrant(userId, new Grant(kind, targetId));
        return changed(row, "revoke " + kind + " " + targetId);
    }

    /** Stops the account from signing in and revokes its API tokens; its open browser sessions end at their next request. */
    @Transactional
    public AccountView disableUser(long userId) {
        AccountRow row = row(userId);
        accounts.setEnabled(userId, false);
        tokens.revokeAll(userId);
        return changed(row, "disable");
    }

    /** Lets a disabled account sign in again; also lifts a lock after failed logins. */
    @Transactional
    public AccountView enableUser(long userId) {
        AccountRow row = row(userId);
        accounts.setEnabled(userId, true);
        return changed(row, "enable");
    }

    /** Tells the listeners (the audit log) what changed, inside the change's transaction; the account as it is now. */
    private AccountView changed(AccountRow row, String detail) {
        events.publishEvent(new AccountChanged(row.id(), row.username(), false, detail));
        return getUser(row.id());
    }

    private AccountRow row(long userId) {
        return accounts.findById(userId).orElseThrow(() -> new AccountNotFoundException(userId));
    }

    private static void validate(NewUser user) {
        if (!USERNAME.matcher(nullToEmpty(user.username())).matches()) {
            throw new InvalidAccountException("username", "must be 3 to 64 of a-z, 0-9, '.', '_' and '-'");
        }
        String password = nullToEmpty(user.password());
        if (password.length() < MIN_PASSWORD_CHARS) {
            throw new InvalidAccountException("password", "must have at least " + MIN_PASSWORD_CHARS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidAccountException("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        String displayName = nullToEmpty(user.displayName());
        if (displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME_CHARS) {
            throw new InvalidAccountException(
                    "displayName", "must have 1 to " + MAX_DISPLAY_NAME_CHARS + " characters");
        }
        if (user.role() == null) {
            throw new InvalidAccountException("role", "is required");
        }
        for (Grant grant : grantsOf(user)) {
            requireFits(grant.kind(), user.role());
        }
    }

    private static void requireFits(ScopeKind kind, Role role) {
        if (!kind.fits(role)) {
            throw new InvalidAccountException("grants", "a " + role + " cannot hold " + kind + " grants");
        }
    }

    private static List<Grant> grantsOf(NewUser user) {
        List<Grant> grants = new ArrayList<>();
        add(grants, ScopeKind.PLACE, user.places());
        add(grants, ScopeKind.FACILITY, user.facilities());
        add(grants, ScopeKind.HOUSEHOLD, user.households());
        return grants;
    }

    private static void add(List<Grant> grants, ScopeKind kind, Set<Long> targets) {
        targets.stream().sorted().forEach(target -> grants.add(new Grant(kind, target)));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
