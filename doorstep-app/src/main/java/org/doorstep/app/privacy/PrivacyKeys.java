package org.doorstep.app.privacy;

import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two privacy keys, checked: each base64 of exactly 32 bytes, the two different, and neither the demo key of
 * {@code application.yml} where real data is kept.
 */
record PrivacyKeys(SecretKey dataKey, SecretKey hashKey) {

    /** The demo defaults of {@code application.yml}; anyone can read them, so they protect nothing. */
    static final String DEMO_DATA_KEY = "ZGVtby1vbmx5LWRhdGEta2V5LWRvLW5vdC11c2UtISE=";

    static final String DEMO_HASH_KEY = "ZGVtby1vbmx5LWhhc2gta2V5LWRvLW5vdC11c2UtISE=";

    private static final int KEY_BYTES = 32;

    private static final String HOW_TO =
            " Generate one with 'openssl rand -base64 32' and keep it safe: data encrypted under a lost key cannot be"
                    + " read again.";

    /**
     * Decodes and checks the configured keys.
     *
     * @param realData true where the server keeps real personal data (the {@code postgres} profile), which refuses the
     *     demo keys
     * @throws InvalidPrivacyKeyException saying which key is wrong and how to fix it
     */
    static PrivacyKeys of(String dataKey, String hashKey, boolean realData) {
        byte[] data = decode("doorstep.privacy.data-key", "DOORSTEP_PRIVACY_DATA_KEY", dataKey);
        byte[] hash = decode("doorstep.privacy.hash-key", "DOORSTEP_PRIVACY_HASH_KEY", hashKey);
        if (Arrays.equals(data, hash)) {
            throw new InvalidPrivacyKeyException("doorstep.privacy.data-key and doorstep.privacy.hash-key are the same"
                    + " key; they must differ, so that the look-up hash key cannot decrypt data." + HOW_TO);
        }
        if (realData && (dataKey.trim().equals(DEMO_DATA_KEY) || hashKey.trim().equals(DEMO_HASH_KEY))) {
            throw new InvalidPrivacyKeyException("the 'postgres' profile keeps real personal data, but"
                    + " doorstep.privacy.data-key or hash-key is still the public demo key from application.yml."
                    + " Set DOORSTEP_PRIVACY_DATA_KEY and DOORSTEP_PRIVACY_HASH_KEY to two new keys." + HOW_TO);
        }
        return new PrivacyKeys(new SecretKeySpec(data, "AES"), new SecretKeySpec(hash, "HmacSHA256"));
    }

    private static byte[] decode(String property, String variable, String value) {
        String where = property + " (environment variable " + variable + ")";
        if (value.isBlank()) {
            throw new InvalidPrivacyKeyException(where + " is not set." + HOW_TO);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidPrivacyKeyException(where + " is not valid base64 (" + e.getMessage() + ")." + HOW_TO);
        }
        if (key.length != KEY_BYTES) {
            throw new InvalidPrivacyKeyException(where + " must be base64 of " + KEY_BYTES + " bytes (a 256-bit key),"
                    + " but it decodes to " + key.length + " bytes." + HOW_TO);
        }
        return key;
    }
}
