package vn.sogoc.archive.app.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.web.ApiProblems;

/** Writes RFC 7807 problems for the API's security refusals: 401 (who are you?), 403 (not your role), 429 (slow down). */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() { }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"sogoc\", ApiKey header=\"" + ApiClients.HEADER + "\"");
            write(response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập hoặc khóa API / authentication required (HTTP Basic or "
                    + ApiClients.HEADER + ")", request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN,
                "Vai trò của bạn không được phép / your role may not do this", request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail, String instance) throws IOException {
        ProblemDetail p = ApiProblems.problem(status, detail);
        if (instance != null) p.setInstance(java.net.URI.create(instance.replaceAll("[^A-Za-z0-9/._~%-]", "_")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", p.getType().toString());
        body.put("title", p.getTitle());
        body.put("status", p.getStatus());
        body.put("detail", p.getDetail());
        if (p.getInstance() != null) body.put("instance", p.getInstance().toString());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
