package vn.sogoc.archive.app.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.sogoc.archive.app.audit.Actors;

/**
 * Names the signed-in person or system client as the actor of the audit trail ({@link Actors}) and in
 * the log's MDC ({@code actor}) for the length of the request ({@code anonymous} on public pages), and clears both afterwards.
 */
final class ActorFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        boolean known = a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
        try {
            String actor = known ? a.getName() : "anonymous";
            Actors.set(actor);
            MDC.put("actor", actor);
            chain.doFilter(request, response);
        } finally {
            Actors.set(null);
            MDC.remove("actor");
        }
    }
}
