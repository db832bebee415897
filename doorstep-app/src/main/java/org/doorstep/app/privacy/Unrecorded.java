package org.doorstep.app.privacy;

import java.util.function.Function;

/** What a read of personal data gave, with the entries the caller must still record ({@link PendingRead}). */
public record Unrecorded<T>(T value, PendingRead read) {

    public <U> Unrecorded<U> map(Function<T, U> mapping) {
        return new Unrecorded<>(mapping.apply(value), read);
    }
}
