package org.doorstep.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private final PersonalDataCipher cipher =
            new PersonalDataCipher(PrivacyKeys.of(PrivacyKeysTest.DATA_KEY, PrivacyKeysTest.HASH_KEY, false));

    @Test
    void decryptsWhatItEncrypts() {
        for (String plain : new String[] {"11010519491231002X", "13812345678", "高龄；失能", ""}) {
            assertThat(cipher.decrypt(cipher.encrypt(plain))).isEqualTo(plain);
        }
    }

    @Test
    void storesVersionThenIvCiphertextAndTagAndNeverThePlainValue() {
        String plain = "13812345678";
        String stored = cipher.encrypt(plain);
        assertThat(stored).startsWith("v1:").doesNotContain(plain);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        // 12 bytes of IV, the UTF-8 bytes of the value (GCM does not pad), 16 bytes of tag.
        assertThat(raw).hasSize(12 + plain.length() + 16);
    }

    @Test
    void encryptsEqualValuesDifferentlyWithAFreshIv() {
        String a = cipher.encrypt("13812345678");
        String b = cipher.encrypt("13812345678");
        assertThat(a).isNotEqualTo(b);
        byte[] ivA = java.util.Arrays.copyOf(Base64.getDecoder().decode(a.substring(3)), 12);
        byte[] ivB = java.util.Arrays.copyOf(Base64.getDecoder().decode(b.substring(3)), 12);
        assertThat(ivA).isNotEqualTo(ivB);
    }

    @Test
    void detectsTamperingAndAnotherKey() {
        String stored = cipher.encrypt("13812345678");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[14] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).hasMessageContaining("integrity");
        PersonalDataCipher other =
                new PersonalDataCipher(PrivacyKeys.of(PrivacyKeysTest.key(3), PrivacyKeysTest.HASH_KEY, false));
        assertThatThrownBy(() -> other.decrypt(stored)).hasMessageContaining("another data key");
        assertThatThrownBy(() -> cipher.decrypt("13812345678")).hasMessageContaining("version");
    }

    @Test
    void hashesTheNormalisedValueUnderTheHashKey() {
        String hash = cipher.lookupHash("11010519491231002X");
        assertThat(cipher.lookupHash(" 110105-19491231 002x ")).isEqualTo(hash);
        assertThat(cipher.lookupHash("11010519491231002X\u3000")).isEqualTo(hash);
        assertThat(Base64.getDecoder().decode(hash)).hasSize(32);
        assertThat(cipher.lookupHash("110105194912310021")).isNotEqualTo(hash);
        PersonalDataCipher otherHashKey =
                new PersonalDataCipher(PrivacyKeys.of(PrivacyKeysTest.DATA_KEY, PrivacyKeysTest.key(4), false));
        assertThat(otherHashKey.lookupHash("11010519491231002X")).isNotEqualTo(hash);
    }

    @Test
    void normalisesByTrimmingUpperCasingAndDroppingSpacesAndDashes() {
        assertThat(PersonalDataCipher.normalise(" 138-1234 5678 ")).isEqualTo("13812345678");
        assertThat(PersonalDataCipher.normalise("11010519491231002x")).isEqualTo("11010519491231002X");
    }
}
