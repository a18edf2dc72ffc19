package vn.sogoc.archive.app.web.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import vn.sogoc.archive.app.web.WebProperties;

/**
 * One {@link TokenBucket} per caller key (a system client's name, a client IP address), with a bounded
 * number of keys: when more than {@link #MAX_KEYS} callers are tracked, the buckets that have refilled
 * completely (callers idle long enough to be forgotten without loss) are dropped. Thread-safe.
 */
final class RateLimiter {

    /** Callers tracked before idle ones are forgotten. */
    static final int MAX_KEYS = 10_000;

    private final WebProperties.RateLimit limit;
    private final LongSupplier clock;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(WebProperties.RateLimit limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    WebProperties.RateLimit limit() {
        return limit;
    }

    /** Takes one request from the caller's bucket: 0 when granted, else nanoseconds until the next one is. */
    long tryTake(String key) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_KEYS) buckets.values().removeIf(b -> b.isFull(now));
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(limit.capacity(), limit.perSecond(), now));
        return bucket.tryTake(now);
    }

    /** Whole seconds for a {@code Retry-After} header, at least 1. */
    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** The bilingual 429 message with the limit. */
    String message() {
        return "Quá nhiều yêu cầu, hãy thử lại sau / too many requests (" + limit.capacity() + " at once, "
                + limit.perSecond() + " per second)";
    }
}
