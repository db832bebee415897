package org.doorstep.app.account;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the first administrator of an empty installation, so that someone can sign in and create the other accounts:
 * from {@code DOORSTEP_ADMIN_PASSWORD} (user {@code admin}) when no account exists yet. Without it, an empty
 * installation says loudly how to get in. Never touches an installation that has accounts.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String password;

    FirstAdministrator(AccountService accounts, @Value("${doorstep.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.listUsers().isEmpty()) {
            return;
        }
        if (password.isBlank()) {
            LOG.warn("No account exists and DOORSTEP_ADMIN_PASSWORD is not set: nobody can sign in. Restart with"
                    + " DOORSTEP_ADMIN_PASSWORD=<at least 10 characters> to create the administrator 'admin'.");
            return;
        }
        accounts.createUser(new NewUser("admin", password, Role.ADMIN, "Administrator", Set.of(), Set.of(), Set.of()));
        LOG.info("Created the first administrator 'admin' from DOORSTEP_ADMIN_PASSWORD.");
    }
}
