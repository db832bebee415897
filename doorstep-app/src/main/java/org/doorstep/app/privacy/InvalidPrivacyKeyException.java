package org.doorstep.app.privacy;

/** A privacy key is missing, malformed or the demo key where real data lives: the server must not start. */
class InvalidPrivacyKeyException extends IllegalStateException {

    InvalidPrivacyKeyException(String message) {
        super(message);
    }
}
