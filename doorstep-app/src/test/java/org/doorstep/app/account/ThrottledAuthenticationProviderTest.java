package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ThrottledAuthenticationProviderTest {

    private static final String PASSWORD = "the-right-password";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final CountingEncoder encoder = new CountingEncoder();
    private final String hash = encoder.encode(PASSWORD);
    private final DoorstepUserDetailsService users = mock(DoorstepUserDetailsService.class);
    private final LoginAttempts attempts = mock(LoginAttempts.class);
    private final ThrottledAuthenticationProvider provider =
            new ThrottledAuthenticationProvider(users, encoder, attempts);

    @Test
    void unknownUserCostsAPasswordCheckAndGetsTheWrongPasswordAnswer() {
        when(users.loadUserByUsername("ghost")).thenThrow(new UsernameNotFoundException("no such user"));
        when(users.loadUserByUsername("zhang")).thenReturn(principal(true, null));

        BadCredentialsException unknown = refusal("ghost", PASSWORD, BadCredentialsException.class);
        int checksForUnknown = encoder.checks;
        BadCredentialsException wrong = refusal("zhang", "wrong-password", BadCredentialsException.class);

        assertThat(checksForUnknown).isEqualTo(1);
        assertThat(encoder.checks).isEqualTo(2);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void lockedAccountIsRefusedBeforeItsPasswordIsLookedAt() {
        Instant until = NOW.plusSeconds(600);
        when(users.loadUserByUsername("zhang")).thenReturn(principal(true, until));

        AccountLockedException locked = refusal("zhang", PASSWORD, AccountLockedException.class);

        assertThat(locked.lockedUntil()).isEqualTo(until);
        assertThat(encoder.checks).isZero();
        verify(attempts, never()).failed(anyString());
    }

    @Test
    void failureThatReachesTheLimitAnswersWithTheLock() {
        Instant until = NOW.plusSeconds(900);
        when(users.loadUserByUsername("zhang")).thenReturn(principal(true, null));
        when(attempts.failed("zhang")).thenReturn(Optional.of(until));

        AccountLockedException locked = refusal("zhang", "wrong-password", AccountLockedException.class);

        assertThat(locked.getMessage()).startsWith("account locked until " + until);
    }

    @Test
    void disabledAccountSaysSoOnlyToWhoeverKnowsThePassword() {
        when(users.loadUserByUsername("zhang")).thenReturn(principal(false, null));

        refusal("zhang", "wrong-password", BadCredentialsException.class);
        refusal("zhang", PASSWORD, DisabledException.class);
    }

    @Test
    void successForgetsEarlierFailures() {
        when(users.loadUserByUsername("zhang")).thenReturn(principal(true, null));

        Authentication signedIn = provider.authenticate(login("zhang", PASSWORD));

        verify(attempts).succeeded("zhang");
        assertThat(signedIn.getPrincipal()).isInstanceOf(DoorstepPrincipal.class);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COMMUNITY_WORKER");
    }

    private <E extends Exception> E refusal(String username, String password, Class<E> expected) {
        Throwable thrown = catchThrowable(() -> provider.authenticate(login(username, password)));
        assertThat(thrown).isExactlyInstanceOf(expected);
        return expected.cast(thrown);
    }

    private static Authentication login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private DoorstepPrincipal principal(boolean enabled, @Nullable Instant lockedUntil) {
        AccountRow row = new AccountRow(3, "zhang", hash, Role.COMMUNITY_WORKER, "Zhang", enabled, lockedUntil);
        return new DoorstepPrincipal(row, Grants.of(List.of(new Grant(ScopeKind.PLACE, 7))), NOW);
    }

    /** The real delegating encoder, counting password checks. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        int checks;

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return delegate.matches(rawPassword, encodedPassword);
        }
    }
}
