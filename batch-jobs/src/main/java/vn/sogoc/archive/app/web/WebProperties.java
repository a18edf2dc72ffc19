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
 */
@ConfigurationProperties("archive.web")
public record WebProperties(List<User> users, @DefaultValue RateLimit rateLimit) {

    public WebProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** A configured person: user name, encoded password hash, roles (ARCHIVIST, CLERK, AUDITOR). */
    public record User(String name, String passwordHash, List<String> roles) { }

    /** Requests a system client may make: a burst of {@code capacity}, refilled at {@code perSecond}. */
    public record RateLimit(@DefaultValue("60") int capacity, @DefaultValue("10") double perSecond) { }
}
