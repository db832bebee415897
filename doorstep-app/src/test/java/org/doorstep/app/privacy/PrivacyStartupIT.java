package org.doorstep.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.doorstep.app.DoorstepApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The server refuses to start with real data (the postgres profile) while the demo keys of application.yml are set. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyStartupIT {

    @Test
    void refusesThePostgresProfileWithTheDemoKeys(CapturedOutput output) {
        assumeTrue(
                System.getenv("DOORSTEP_PRIVACY_DATA_KEY") == null
                        && System.getenv("DOORSTEP_PRIVACY_HASH_KEY") == null,
                "the keys are set in the environment, so application.yml's demo defaults are not in use");
        SpringApplication app = new SpringApplication(DoorstepApplication.class);
        app.setAdditionalProfiles(PrivacyConfiguration.REAL_DATA_PROFILE);

        // The profile's PostgreSQL is replaced by an in-memory H2: the keys must stop the start, not the database.
        assertThatThrownBy(() -> app.run(
                        "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--server.port=0"))
                .rootCause()
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("public demo key from application.yml");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("DOORSTEP_PRIVACY_DATA_KEY");
    }
}
