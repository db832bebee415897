package org.doorstep.app.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data for storage and computes the keyed hashes by which encrypted values are looked up.
 *
 * <p>Values are encrypted with AES-256-GCM under a fresh random 96-bit IV each, so equal values give different
 * ciphertexts and nothing can be learnt by comparing rows; the GCM tag makes tampering detectable. The stored form is
 * {@code v1:} + base64(iv || ciphertext || tag); the version prefix leaves room for a key rotation.
 *
 * <p>Because equal values encrypt differently, finding a resident by ID number uses {@link #lookupHash(String)}
 * instead: an HMAC-SHA256 under a separate key, which cannot be reversed or recomputed without that key.
 *
 * <p>Thread-safe: a {@link Cipher} or {@link Mac} is made per call (they are not thread-safe and cheap to make).
 */
public final class PersonalDataCipher {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PrivacyKeys keys;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(PrivacyKeys keys) {
        this.keys = keys;
    }

    /** The stored form of a value: {@code v1:} + base64(iv || ciphertext || tag). */
    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The plain value of a stored form.
     *
     * @throws IllegalArgumentException when the value is not of a known version, was altered, or was encrypted under
     *     another key
     */
    public String decrypt(String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalArgumentException("not an encrypted value of version " + VERSION);
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an encrypted value is not valid base64", e);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("an encrypted value is too short to hold an IV and a tag");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException(
                    "an encrypted value fails its integrity check: altered, or encrypted under another data key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * A keyed hash of the {@linkplain #normalise(String) normalised} value, base64 (44 characters): equal for values
     * that differ only in case, spaces or dashes, so {@code 110101-1990 0307 123x} finds {@code 11010119900307123X}.
     */
    public String lookupHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.hashKey());
            byte[] hash = mac.doFinal(normalise(value).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The form a value is hashed in: trimmed, upper-case, without whitespace (any, also U+3000) or dashes. */
    public static String normalise(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.trim()
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '-')
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
