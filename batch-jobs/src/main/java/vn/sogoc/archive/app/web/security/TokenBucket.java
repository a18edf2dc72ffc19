package vn.sogoc.archive.app.web.security;

/**
 * A token bucket (rate limit): up to {@code capacity} requests at once, refilled continuously at
 * {@code perSecond}. Thread-safe.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Whether the bucket would be full at {@code nowNanos} (its caller has been idle long enough to forget). */
    synchronized boolean isFull(long nowNanos) {
        return tokens + (nowNanos - last) * perNano >= capacity;
    }

    /** Takes one token; returns 0 when granted, else the nanoseconds until one is available. */
    synchronized long tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }
}
