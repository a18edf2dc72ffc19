package vn.sogoc.archive.app.web.security;

import java.io.IOException;
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
 * over the limit the answer is 429 with a problem and {@code Retry-After}. People are not limited here
 * (anonymous callers of the public verification page are: {@link PublicVerifyRateLimitFilter}).
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    RateLimitFilter(WebProperties.RateLimit limit, LongSupplier clock) {
        this.limiter = new RateLimiter(limit, clock);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getName() != null && a.getName().startsWith(ApiKeyAuthenticationFilter.PREFIX)) {
            long wait = limiter.tryTake(a.getName());
            if (wait > 0) {
                response.setHeader("Retry-After", Long.toString(RateLimiter.retryAfterSeconds(wait)));
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, limiter.message(), request.getRequestURI());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
