package org.doorstep.app.registry;

import java.util.Locale;
import java.util.Optional;

/** Sex as the resident ID number records it (its 17th digit: odd for male, even for female). */
public enum Sex {
    MALE,
    FEMALE;

    /** Reads {@code MALE}/{@code FEMALE}, {@code M}/{@code F} (any case) or 男/女. */
    static Optional<Sex> parse(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "MALE", "M", "男" -> Optional.of(MALE);
            case "FEMALE", "F", "女" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
