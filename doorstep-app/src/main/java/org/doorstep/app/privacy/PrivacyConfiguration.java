package org.doorstep.app.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Builds the cipher from the configured keys, so that a bad key stops the server before it serves anything. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    /** The profile of a production deployment (PostgreSQL), which holds real personal data. */
    static final String REAL_DATA_PROFILE = "postgres";

    @Bean
    PersonalDataCipher personalDataCipher(PrivacyProperties properties, Environment environment) {
        boolean realData = environment.matchesProfiles(REAL_DATA_PROFILE);
        return new PersonalDataCipher(PrivacyKeys.of(properties.dataKey(), properties.hashKey(), realData));
    }
}
