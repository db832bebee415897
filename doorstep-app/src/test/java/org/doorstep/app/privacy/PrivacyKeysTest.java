package org.doorstep.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PrivacyKeysTest {

    static final String DATA_KEY = key(1);
    static final String HASH_KEY = key(2);

    /** A base64 key of 32 bytes, each the seed. */
    static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void acceptsTwoDifferentKeysOf32Bytes() {
        PrivacyKeys keys = PrivacyKeys.of(DATA_KEY, HASH_KEY, true);
        assertThat(keys.dataKey().getEncoded()).hasSize(32);
        assertThat(keys.hashKey().getAlgorithm()).isEqualTo("HmacSHA256");
    }

    @Test
    void refusesAKeyOfTheWrongLengthSayingWhichAndHowLong() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> PrivacyKeys.of(short16, HASH_KEY, false))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("doorstep.privacy.data-key")
                .hasMessageContaining("DOORSTEP_PRIVACY_DATA_KEY")
                .hasMessageContaining("16 bytes")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void refusesAKeyThatIsNotBase64OrMissing() {
        assertThatThrownBy(() -> PrivacyKeys.of(DATA_KEY, "not base64 !", false))
                .hasMessageContaining("doorstep.privacy.hash-key")
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> PrivacyKeys.of(" ", HASH_KEY, false)).hasMessageContaining("is not set");
    }

    @Test
    void refusesTheSameKeyForBoth() {
        assertThatThrownBy(() -> PrivacyKeys.of(DATA_KEY, DATA_KEY, false)).hasMessageContaining("must differ");
    }

    @Test
    void demoKeysServeTheDemoButNotRealData() {
        assertThat(PrivacyKeys.of(PrivacyKeys.DEMO_DATA_KEY, PrivacyKeys.DEMO_HASH_KEY, false))
                .isNotNull();
        assertThatThrownBy(() -> PrivacyKeys.of(PrivacyKeys.DEMO_DATA_KEY, HASH_KEY, true))
                .hasMessageContaining("demo key")
                .hasMessageContaining("'postgres' profile");
        assertThatThrownBy(() -> PrivacyKeys.of(DATA_KEY, PrivacyKeys.DEMO_HASH_KEY, true))
                .hasMessageContaining("demo key");
    }
}
