package org.doorstep.app.planning;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the demo server listens and how to sign in as each role. */
@Component
@Profile("demo")
class DemoBanner {

    private final Environment environment;

    DemoBanner(Environment environment) {
        this.environment = environment;
    }

    void print() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println();
        out.println("Doorstep demo is running at " + base + "/   (API: " + base + "/swagger-ui.html)");
        out.println("Demo city " + DemoCity.CITY_NAME + " (generated; seed " + DemoCity.SEED + "). Accounts:");
        for (DemoAccount account : DemoAccount.values()) {
            out.printf(
                    "  %-16s %-10s password %-22s %s%n",
                    account.role(), account.username(), account.password(), account.description());
        }
        out.println("Stop with Ctrl+C; data stays in ./data/ (delete it to start afresh).");
        out.println();
    }
}
