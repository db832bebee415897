package org.doorstep.engine.cli;

/** A command line that cannot be run as given; the message says what is wrong and how to call it. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
