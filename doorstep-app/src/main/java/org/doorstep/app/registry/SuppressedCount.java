package org.doorstep.app.registry;

import org.jspecify.annotations.Nullable;

/**
 * A count as planners see it: shown from {@value #THRESHOLD} up; below that (or where a smaller count could be worked
 * out from it) suppressed, with a null value and {@code <5} to display, so that no small group of people can be
 * singled out.
 */
public record SuppressedCount(@Nullable Long value, boolean suppressed, String display) {

    public static final int THRESHOLD = 5;

    static SuppressedCount shown(long value) {
        return new SuppressedCount(value, false, Long.toString(value));
    }

    static SuppressedCount hidden() {
        return new SuppressedCount(null, true, "<" + THRESHOLD);
    }

    /** Shown or suppressed by the threshold alone. */
    public static SuppressedCount of(long value) {
        return value < THRESHOLD ? hidden() : shown(value);
    }
}
