package org.doorstep.app.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad privacy key into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class PrivacyKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPrivacyKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPrivacyKeyException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set DOORSTEP_PRIVACY_DATA_KEY and DOORSTEP_PRIVACY_HASH_KEY to two different base64 keys of 32"
                        + " bytes each (openssl rand -base64 32).",
                cause);
    }
}
