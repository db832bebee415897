package org.doorstep.app.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account administration; the security configuration admits administrators only. */
@RestController
@RequestMapping("/api/users")
class UserAdminController {

    /** A new account; absent grant lists mean none. */
    record UserRequest(
            String username,
            String password,
            Role role,
            String displayName,
            @Nullable Set<Long> places,
            @Nullable Set<Long> facilities,
            @Nullable Set<Long> households) {

        NewUser toNewUser() {
            return new NewUser(
                    username, password, role, displayName, orNone(places), orNone(facilities), orNone(households));
        }

        private static Set<Long> orNone(@Nullable Set<Long> ids) {
            return ids == null ? Set.of() : ids;
        }
    }

    record GrantRequest(@NotNull ScopeKind kind, @NotNull Long targetId) {}

    private final AccountService accounts;

    UserAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> listUsers() {
        return accounts.listUsers();
    }

    @GetMapping("/{id}")
    AccountView getUser(@PathVariable long id) {
        return accounts.getUser(id);
    }

    @PostMapping
    ResponseEntity<AccountView> createUser(@RequestBody UserRequest request) {
        long id = accounts.createUser(request.toNewUser());
        return ResponseEntity.created(URI.create("/api/users/" + id)).body(accounts.getUser(id));
    }

    @PostMapping("/{id}/grants")
    AccountView grantScope(@PathVariable long id, @Valid @RequestBody GrantRequest request) {
        return accounts.grantScope(id, request.kind(), request.targetId());
    }

    @DeleteMapping("/{id}/grants/{kind}/{targetId}")
    AccountView revokeScope(@PathVariable long id, @PathVariable ScopeKind kind, @PathVariable long targetId) {
        return accounts.revokeScope(id, kind, targetId);
    }

    @PostMapping("/{id}/disable")
    AccountView disableUser(@PathVariable long id) {
        return accounts.disableUser(id);
    }

    @PostMapping("/{id}/enable")
    AccountView enableUser(@PathVariable long id) {
        return accounts.enableUser(id);
    }
}
