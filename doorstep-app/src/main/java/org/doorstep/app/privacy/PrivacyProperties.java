package org.doorstep.app.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys under {@code doorstep.privacy}: {@code data-key} encrypts personal data, {@code hash-key} keys the look-up
 * hashes. Both are base64 of 32 random bytes; they are separate so that a leaked hash key does not decrypt anything.
 */
@ConfigurationProperties("doorstep.privacy")
record PrivacyProperties(String dataKey, String hashKey) {}
