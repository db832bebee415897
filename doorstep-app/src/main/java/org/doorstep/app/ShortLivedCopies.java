package org.doorstep.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Copies of rows that a hot path reads on every request, kept for a short time (0 keeps none) so that it need not read
 * them again. A change made through this server makes them stale at once, through their {@link ChangeGeneration}; a
 * change made through another server of the same database takes effect within the time to live. What was not found
 * is not kept. Beyond a maximum number of copies the cache starts again empty, so that a flood of keys cannot fill
 * the heap.
 *
 * <p>Copies made together (a crowd signing in at the same moment, a new session's first bookings) would run out
 * together and be loaded again together, a burst of reads at every time to live, each time the crowd is still there.
 * Each key's copy therefore lives between half and all of the time to live, a share fixed by the key's hash.
 *
 * @param <K> what a copy is looked up by
 * @param <V> the copy
 */
public final class ShortLivedCopies<K, V> {

    /** A copy as kept: the generation of changes it saw and when it runs out. */
    private record Entry<V>(V value, long generation, Instant validUntil) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final ChangeGeneration changes;
    private final Clock clock;
    private final Duration timeToLive;
    private final int maxEntries;

    public ShortLivedCopies(ChangeGeneration changes, Clock clock, Duration timeToLive, int maxEntries) {
        this.changes = changes;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
    }

    /** The copy of {@code key}, loaded where there is none still valid. */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        return get(key, load, value -> Instant.MAX);
    }

    /**
     * The copy of {@code key}, loaded where there is none still valid; a copy is kept no longer than {@code expiresAt}
     * says the value itself lasts (a token that expires, say).
     */
    public Optional<V> get(K key, Supplier<Optional<V>> load, Function<V, Instant> expiresAt) {
        Instant now = clock.instant();
        long generation = changes.generation();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == generation && now.isBefore(entry.validUntil())) {
            return Optional.of(entry.value());
        }
        Optional<V> loaded = load.get();
        if (loaded.isEmpty() || timeToLive.isZero()) {
            entries.remove(key);
            return loaded;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        Instant until = now.plus(lifetime(key));
        Instant expiry = expiresAt.apply(loaded.get());
        entries.put(key, new Entry<>(loaded.get(), generation, expiry.isBefore(until) ? expiry : until));
        return loaded;
    }

    /** Half the time to live, and a share of the other half spread by the key's hash (mixed, as hashes of ids run). */
    private Duration lifetime(K key) {
        int mixed = key.hashCode() * 0x9E3779B9;
        long share_per_1024 = (mixed >>> 22);
        return timeToLive
                .dividedBy(2)
                .plus(timeToLive.dividedBy(2).multipliedBy(share_per_1024).dividedBy(1024));
    }
}
