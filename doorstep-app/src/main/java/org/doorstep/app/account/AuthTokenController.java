package org.doorstep.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Bearer tokens for API clients: issued for a username and password, revoked by presenting them. */
@RestController
@RequestMapping("/api/auth/token")
class AuthTokenController {

    record TokenRequest(@NotNull String username, @NotNull String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final Clock clock;

    AuthTokenController(AuthenticationManager authenticationManager, ApiTokens tokens, Clock clock) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Checks the password as the login form does (failures count towards the lock) and issues a token. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenResponse issueToken(@Valid @RequestBody TokenRequest request) {
        DoorstepPrincipal principal = (DoorstepPrincipal) signIn(request).getPrincipal();
        ApiTokens.IssuedToken issued = tokens.issue(principal.userId());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** Revokes the bearer token this request came with. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(HttpServletRequest request) {
        String token = BearerTokenFilter.bearerToken(request)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "send the token to revoke as 'Authorization: Bearer <token>'"));
        tokens.revoke(token);
    }

    private Authentication signIn(TokenRequest request) {
        try {
            return authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AccountLockedException e) {
            throw LoginRefusedException.locked(e.lockedUntil(), clock.instant());
        } catch (DisabledException e) {
            throw LoginRefusedException.disabled();
        } catch (AuthenticationException e) {
            throw LoginRefusedException.badCredentials();
        }
    }
}
