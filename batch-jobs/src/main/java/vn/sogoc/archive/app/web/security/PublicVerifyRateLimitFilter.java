package vn.sogoc.archive.app.web.security;

import java.io.IOException;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import vn.sogoc.archive.app.web.WebProperties;

/**
 * Rate limit of the public verification page ({@code /verify/{code}}, what a copy's QR code opens) for
 * anonymous callers, one {@link TokenBucket} per client IP address ({@code getRemoteAddr()}: behind a
 * reverse proxy, set {@code server.forward-headers-strategy} so that it is the caller's address). Each
 * verification reads the stored copy and checks its signature, so an unthrottled public page would let
 * anyone load the server or walk copy codes. Over the limit: 429 with {@code Retry-After}, as a short
 * bilingual HTML page for browsers and an RFC 7807 problem otherwise. Signed-in people are not limited.
 */
final class PublicVerifyRateLimitFilter extends OncePerRequestFilter {

    /** The path prefix this filter guards. */
    static final String PREFIX = "/verify/";

    private final RateLimiter limiter;

    PublicVerifyRateLimitFilter(WebProperties.RateLimit limit, LongSupplier clock) {
        this.limiter = new RateLimiter(limit, clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken;
        if (anonymous) {
            long wait = limiter.tryTake("ip:" + request.getRemoteAddr());
            if (wait > 0) {
                long seconds = RateLimiter.retryAfterSeconds(wait);
                response.setHeader("Retry-After", Long.toString(seconds));
                if (wantsHtml(request)) {
                    page(response, seconds);
                } else {
                    ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, limiter.message(), request.getRequestURI());
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private void page(HttpServletResponse response, long seconds) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        String limit = HtmlUtils.htmlEscape(limiter.message(), "UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<title>Quá nhiều yêu cầu / Too many requests</title></head><body>"
                + "<h1>Quá nhiều yêu cầu xác minh / Too many verification requests</h1>"
                + "<p>Địa chỉ của bạn đã gửi quá nhiều yêu cầu xác minh. Hãy thử lại sau " + seconds + " giây.</p>"
                + "<p lang=\"en\">Your address sent too many verification requests. Try again in " + seconds + " s.</p>"
                + "<p><small>" + limit + "</small></p></body></html>");
    }
}
