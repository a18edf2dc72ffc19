package vn.sogoc.archive.app.web.security;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.sogoc.archive.app.web.WebProperties;

/**
 * Rate limit of system clients (those authenticated by API key): one {@link TokenBucket} per client;
 * over the limit the answer is 429 with a problem and {@code Retry-After}. People are not limited here.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final WebProperties.RateLimit limit;
    private final LongSupplier clock;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(WebProperties.RateLimit limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getName() != null && a.getName().startsWith(ApiKeyAuthenticationFilter.PREFIX)) {
            TokenBucket bucket = buckets.computeIfAbsent(a.getName(),
                    n -> new TokenBucket(limit.capacity(), limit.perSecond(), clock.getAsLong()));
            long wait = bucket.tryTake(clock.getAsLong());
            if (wait > 0) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L)));
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu, hãy thử lại sau / too many requests ("
                        + limit.capacity() + " at once, " + limit.perSecond() + " per second)", request.getRequestURI());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
