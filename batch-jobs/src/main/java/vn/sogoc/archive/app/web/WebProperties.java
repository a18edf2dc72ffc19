package vn.sogoc.archive.app.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web layer, under {@code archive.web.*}: people configured in the properties (next to
 * those in the database) and the rate limit of system clients.
 *
 * @param users      people who may log in, besides the database's {@code app_user} table; passwords as
 *                   Spring Security encoded hashes (e.g. {@code {bcrypt}$2a$10$...}), never plain text
 * @param rateLimit  token bucket per system client: {@code capacity} requests at once, {@code perSecond} refill
 * @param verifyRateLimit token bucket per client IP for anonymous callers of the public verification page
 *                   ({@code /verify/{code}}); default 30 at once, 0.5 per second (30 a minute)
 */
@ConfigurationProperties("archive.web")
public record WebProperties(List<User> users, @DefaultValue RateLimit rateLimit, RateLimit verifyRateLimit) {

    /** Default of {@link #verifyRateLimit}: a person checking copies by hand never meets it. */
    public static final RateLimit DEFAULT_VERIFY_RATE_LIMIT = new RateLimit(30, 0.5);

    public WebProperties {
        users = users == null ? List.of() : List.copyOf(users);
        rateLimit = rateLimit == null ? new RateLimit(60, 10) : rateLimit;
        verifyRateLimit = verifyRateLimit == null ? DEFAULT_VERIFY_RATE_LIMIT : verifyRateLimit;
    }

    /** A configured person: user name, encoded password hash, roles (ARCHIVIST, CLERK, AUDITOR). */
    public record User(String name, String passwordHash, List<String> roles) { }

    /** Requests a system client may make: a burst of {@code capacity}, refilled at {@code perSecond}. */
    public record RateLimit(@DefaultValue("60") int capacity, @DefaultValue("10") double perSecond) {

        public RateLimit {
            if (capacity < 1) throw new IllegalArgumentException("archive.web.*rate-limit.capacity: must be 1 or more (was " + capacity + ")");
            if (!(perSecond > 0)) throw new IllegalArgumentException("archive.web.*rate-limit.per-second: must be more than 0 (was " + perSecond + ")");
        }
    }
}
