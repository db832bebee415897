package org.doorstep.engine.cli;

/** An input file (candidates, signals, standards) that cannot be used; the message names the file and the place. */
final class InputFileException extends Exception {

    InputFileException(String message) {
        super(message);
    }
}
