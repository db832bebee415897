package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;

class FirstAdministratorTest {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void createsTheAdministratorOfAnEmptyInstallation() {
        when(accounts.listUsers()).thenReturn(List.of());

        new FirstAdministrator(accounts, "a-long-secret").run(new DefaultApplicationArguments());

        ArgumentCaptor<NewUser> user = ArgumentCaptor.forClass(NewUser.class);
        verify(accounts).createUser(user.capture());
        assertThat(user.getValue().username()).isEqualTo("admin");
        assertThat(user.getValue().role()).isEqualTo(Role.ADMIN);
        assertThat(user.getValue().password()).isEqualTo("a-long-secret");
    }

    @Test
    void leavesAnInstallationWithAccountsAlone() {
        when(accounts.listUsers()).thenReturn(List.of(mock(AccountView.class)));

        new FirstAdministrator(accounts, "a-long-secret").run(new DefaultApplicationArguments());

        verify(accounts, never()).createUser(any());
    }

    @Test
    void createsNobodyWithoutAPassword() {
        when(accounts.listUsers()).thenReturn(List.of());

        new FirstAdministrator(accounts, " ").run(new DefaultApplicationArguments());

        verify(accounts, never()).createUser(any());
    }
}
