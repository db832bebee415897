package org.doorstep.engine.osm;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The tags of the element being read, reused from element to element (readers refill it, handlers must not keep it).
 * Elements carry a handful of tags, so a linear scan beats hashing.
 */
final class Tags {

    private String[] keys = new String[16];
    private String[] values = new String[16];
    private int size;

    void clear() {
        size = 0;
    }

    void add(String key, String value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    String key(int i) {
        return keys[i];
    }

    String value(int i) {
        return values[i];
    }

    /** The value of {@code key}, or null when absent. */
    @Nullable
    String get(String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    boolean is(String key, String value) {
        return value.equals(get(key));
    }

    /** Builds tags from alternating keys and values; for tests and tables. */
    static Tags of(String... keysAndValues) {
        Tags tags = new Tags();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return tags;
    }
}
