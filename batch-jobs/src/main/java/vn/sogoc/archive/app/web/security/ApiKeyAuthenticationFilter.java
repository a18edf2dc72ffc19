package vn.sogoc.archive.app.web.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates other systems by their API key ({@code X-API-Key: sgk_…} or {@code Authorization: ApiKey sgk_…}):
 * the principal is {@code client:NAME} with the client's role. A key that is given but unknown or
 * revoked is refused at once (401), never treated as anonymous.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    /** Principal name prefix of system clients. */
    static final String PREFIX = "client:";

    private final ApiClients clients;

    ApiKeyAuthenticationFilter(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(ApiClients.HEADER);
        String auth = request.getHeader("Authorization");
        if (key == null && auth != null && auth.regionMatches(true, 0, "ApiKey ", 0, 7)) key = auth.substring(7).strip();
        if (key != null) {
            var client = clients.authenticate(key.strip());
            if (client.isEmpty()) {
                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                        "Khóa API không hợp lệ hoặc đã thu hồi / unknown or revoked API key", request.getRequestURI());
                return;
            }
            var token = UsernamePasswordAuthenticationToken.authenticated(PREFIX + client.get().name(), null,
                    List.of(new SimpleGrantedAuthority(client.get().role().authority())));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(token);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
