package vn.sogoc.archive.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.web.security.ApiClients;
import vn.sogoc.archive.app.web.security.Role;
import vn.sogoc.archive.app.web.security.UserAccounts;

/**
 * Who may do what, walked as a whole matrix: every {@code /api/v1} operation of the OpenAPI document ×
 * every role (people by HTTP Basic, a system by API key) × anonymous, asserting allowed (anything but
 * 401/403, never 5xx) or refused (401 anonymous, 403 wrong role); the web pages × roles; CSRF on forms;
 * API keys stored as hashes, refused when unknown or revoked; rate limits (429) of system clients and of
 * anonymous callers of the public verification page; problem details for bad
 * parameters; the web UI's date fields (dd/MM/yyyy, ISO accepted, a bad date a 400 page naming the field).
 * Real security filter chain on an empty archive home (no documents needed).
 */
@SpringBootTest(properties = {"archive.web.rate-limit.capacity=40", "archive.web.rate-limit.per-second=0.01",
        "archive.web.verify-rate-limit.capacity=5", "archive.web.verify-rate-limit.per-second=0.01"})
@AutoConfigureMockMvc
@DirtiesContext // close the context and the home's files before the temporary home is deleted
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebSecurityMatrixTests {

    static final String PASSWORD = "matrix-password-1";
    static final String SHA = "A".repeat(64);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Operation → roles allowed. Every operation in OpenAPI must be listed here (checked). */
    static final Map<String, Set<Role>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("GET /api/v1/records", Role.CLERK);
        allow("GET /api/v1/records/{registerNo}", Role.CLERK);
        allow("GET /api/v1/records/{registerNo}/pdf", Role.CLERK);
        allow("POST /api/v1/copies", Role.CLERK);
        allow("GET /api/v1/copies", Role.CLERK);
        allow("GET /api/v1/copies/{copyId}", Role.CLERK);
        allow("GET /api/v1/copies/{copyId}/pdf", Role.CLERK, Role.SYSTEM);
        allow("GET /api/v1/copies/{copyId}/verification", Role.CLERK, Role.SYSTEM);
        allow("POST /api/v1/copies/{copyId}/revocation", Role.CLERK);
        allow("GET /api/v1/review", Role.ARCHIVIST);
        allow("GET /api/v1/review/reasons", Role.ARCHIVIST);
        allow("GET /api/v1/review/{id}", Role.ARCHIVIST);
        allow("GET /api/v1/review/{id}/scan", Role.ARCHIVIST);
        allow("PATCH /api/v1/review/{id}", Role.ARCHIVIST);
        allow("POST /api/v1/review/{id}/approval", Role.ARCHIVIST);
        allow("POST /api/v1/review/{id}/rejection", Role.ARCHIVIST);
        allow("GET /api/v1/jobs", Role.ARCHIVIST, Role.AUDITOR);
        allow("GET /api/v1/jobs/{id}", Role.ARCHIVIST, Role.AUDITOR);
        allow("GET /api/v1/audit", Role.AUDITOR);
    }

    static void allow(String op, Role... roles) {
        ALLOWED.put(op, Set.of(roles));
    }

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
    }

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;

    static String systemKey;
    static String revokedKey;

    private void accounts() {
        if (systemKey != null) return;
        users.save("m-archivist", PASSWORD, List.of(Role.ARCHIVIST), false);
        users.save("m-clerk", PASSWORD, List.of(Role.CLERK), false);
        users.save("m-auditor", PASSWORD, List.of(Role.AUDITOR), false);
        systemKey = clients.create("matrix system", Role.SYSTEM).key();
        revokedKey = clients.create("revoked system", Role.SYSTEM).key();
        clients.revoke("revoked system");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, Role role) {
        return switch (role == null ? "ANON" : role.name()) {
            case "ANON" -> r;
            case "SYSTEM" -> r.header(ApiClients.HEADER, systemKey);
            default -> r.with(httpBasic("m-" + role.name().toLowerCase(), PASSWORD));
        };
    }

    static String concrete(String path) {
        return path.replace("{registerNo}", "SG-0000-00000").replace("{copyId}", "NOCOPY42").replace("{id}", SHA)
                .replace("/jobs/" + SHA, "/jobs/424242");
    }

    @Test
    @Order(1)
    void everyApiOperationTimesEveryRoleAndAnonymous() throws Exception {
        accounts();
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = JSON.readTree(doc).get("paths");
        Set<String> inDoc = new TreeSet<>();
        paths.properties().forEach(p -> p.getValue().properties().forEach(m -> inDoc.add(m.getKey().toUpperCase() + " " + p.getKey())));
        assertThat(inDoc).as("every operation in OpenAPI has an expectation").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        assertThat(inDoc).hasSizeGreaterThanOrEqualTo(8);

        List<String> wrong = new ArrayList<>();
        List<Role> callers = new ArrayList<>(List.of(Role.values()));
        callers.add(null);
        for (Map.Entry<String, Set<Role>> op : ALLOWED.entrySet()) {
            String[] mp = op.getKey().split(" ");
            for (Role role : callers) {
                MockHttpServletRequestBuilder r = request(HttpMethod.valueOf(mp[0]), concrete(mp[1]));
                if (!mp[0].equals("GET")) r.contentType(MediaType.APPLICATION_JSON).content("{}");
                MockHttpServletResponse res = mvc.perform(as(r, role)).andReturn().getResponse();
                int s = res.getStatus();
                boolean allowed = role != null && op.getValue().contains(role);
                String who = role == null ? "anonymous" : role.name();
                if (s >= 500) wrong.add(op.getKey() + " as " + who + " → " + s + " " + res.getContentAsString());
                else if (allowed && (s == 401 || s == 403)) wrong.add(op.getKey() + " as " + who + " refused " + s);
                else if (!allowed && role == null && s != 401) wrong.add(op.getKey() + " anonymous → " + s + " (want 401)");
                else if (!allowed && role != null && s != 403) wrong.add(op.getKey() + " as " + who + " → " + s + " (want 403)");
                if (!allowed) assertThat(res.getContentType()).as(op.getKey() + " " + who).startsWith("application/problem+json");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(2)
    void webPagesByRoleAnonymousGoesToLogin() throws Exception {
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        pages.put("/search", Set.of("CLERK"));
        pages.put("/copies", Set.of("CLERK"));
        pages.put("/records/SG-0000-00000", Set.of("CLERK"));
        pages.put("/review", Set.of("ARCHIVIST"));
        pages.put("/jobs", Set.of("ARCHIVIST", "AUDITOR"));
        pages.put("/audit", Set.of("AUDITOR"));
        pages.put("/", Set.of("ARCHIVIST", "CLERK", "AUDITOR"));
        List<String> wrong = new ArrayList<>();
        for (var p : pages.entrySet()) {
            MockHttpServletResponse anon = mvc.perform(get(p.getKey())).andReturn().getResponse();
            if (anon.getStatus() != 302 || !anon.getRedirectedUrl().endsWith("/login")) wrong.add(p.getKey() + " anonymous → " + anon.getStatus());
            for (String role : List.of("ARCHIVIST", "CLERK", "AUDITOR")) {
                int s = mvc.perform(get(p.getKey()).with(user("u-" + role).roles(role))).andReturn().getResponse().getStatus();
                boolean allowed = p.getValue().contains(role);
                if (allowed ? (s == 401 || s == 403 || s >= 500) : s != 403) wrong.add(p.getKey() + " as " + role + " → " + s);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isIn(200, 503);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void formsNeedTheCsrfTokenAndLoginIsAudited() throws Exception {
        accounts();
        var clerk = user("m-clerk").roles("CLERK");
        assertThat(mvc.perform(post("/copies").with(clerk).param("registerNo", "SG-0000-00000")
                .param("requester", "A").param("purpose", "B")).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse withToken = mvc.perform(post("/copies").with(clerk).with(csrf()).param("registerNo", "SG-0000-00000")
                .param("requester", "A").param("purpose", "B")).andReturn().getResponse();
        assertThat(withToken.getStatus()).isNotIn(403, 500); // refused by the copies service (no such entry), not by CSRF
        assertThat(withToken.getContentAsString()).contains("SG-0000-00000");

        assertThat(mvc.perform(post("/login").param("username", "m-clerk").param("password", PASSWORD))
                .andReturn().getResponse().getStatus()).isEqualTo(403); // no CSRF token
        MockHttpServletResponse ok = mvc.perform(post("/login").with(csrf()).param("username", "m-clerk").param("password", PASSWORD))
                .andReturn().getResponse();
        assertThat(ok.getRedirectedUrl()).isEqualTo("/");
        MockHttpServletResponse bad = mvc.perform(post("/login").with(csrf()).param("username", "m-clerk").param("password", "wrong-password"))
                .andReturn().getResponse();
        assertThat(bad.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'USER_LOGIN' AND actor = 'm-clerk'").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND subject_id = 'm-clerk'").query(Integer.class).single()).isPositive();
    }

    @Test
    @Order(4)
    void apiKeysAreStoredAsHashesAndRefusedWhenUnknownOrRevoked() throws Exception {
        accounts();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_client WHERE key_hash = ?").param(systemKey).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT key_hash FROM api_client WHERE name = 'matrix system'").query(String.class).single())
                .isEqualTo(vn.sogoc.archive.text.Hashes.sha256(systemKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (String key : List.of(revokedKey, systemKey + "x", "sgk_nope_nope", "not-a-key")) {
            MockHttpServletResponse r = mvc.perform(get("/api/v1/copies/NOCOPY42/verification").header(ApiClients.HEADER, key))
                    .andReturn().getResponse();
            assertThat(r.getStatus()).as(key).isEqualTo(401);
            assertThat(r.getContentAsString()).contains("API");
        }
        assertThat(mvc.perform(get("/api/v1/copies/NOCOPY42/verification").header("Authorization", "ApiKey " + systemKey))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void badParametersAreProblemDetailsWith400() throws Exception {
        accounts();
        for (String url : List.of("/api/v1/records?size=0", "/api/v1/records?size=1000", "/api/v1/records?page=-1",
                "/api/v1/records?issuedFrom=yesterday", "/api/v1/records?sort=SIDEWAYS", "/api/v1/records?page=999&size=100",
                "/api/v1/records?issuedFrom=2020-01-02&issuedTo=2020-01-01", "/api/v1/records/..%2F..%2Fetc%2Fpasswd",
                "/api/v1/records/a%20b", "/api/v1/copies?from=2020-02-01&to=2020-01-01", "/api/v1/records?facets=maybe",
                "/api/v1/records?inForceOn=2020-02-30", "/api/v1/records?page=abc")) {
            MockHttpServletResponse r = mvc.perform(get(url).with(httpBasic("m-clerk", PASSWORD))).andReturn().getResponse();
            assertThat(r.getStatus()).as(url).isEqualTo(400);
        }
        // Lucene syntax and very long text are plain words, not errors
        for (String q : List.of("*:* AND (", "registerNo:SG-1 OR \"", "an~2 toàn?", "x".repeat(5_000))) {
            assertThat(mvc.perform(get("/api/v1/records").param("q", q).with(httpBasic("m-clerk", PASSWORD)))
                    .andReturn().getResponse().getStatus()).as(q.length() > 30 ? "long q" : q).isEqualTo(200);
        }
        MockHttpServletResponse r = mvc.perform(get("/api/v1/records?size=0").with(httpBasic("m-clerk", PASSWORD))).andReturn().getResponse();
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.getContentAsString());
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("detail").asString()).contains("size");
        for (String url : List.of("/api/v1/review/not-a-sha", "/api/v1/review/" + "G".repeat(64), "/api/v1/jobs/abc")) {
            assertThat(mvc.perform(get(url).with(httpBasic("m-" + (url.contains("jobs") ? "auditor" : "archivist"), PASSWORD)))
                    .andReturn().getResponse().getStatus()).as(url).isEqualTo(400);
        }
        assertThat(mvc.perform(post("/api/v1/review/" + SHA + "/rejection").contentType(MediaType.APPLICATION_JSON).content("{not json")
                .with(httpBasic("m-archivist", PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void systemClientsAreRateLimited() throws Exception {
        String key = clients.create("busy system", Role.SYSTEM).key();
        int ok = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 45; i++) {
            last = mvc.perform(get("/api/v1/copies/NOCOPY42/verification").header(ApiClients.HEADER, key)).andReturn().getResponse();
            if (last.getStatus() == 429) break;
            ok++;
        }
        assertThat(ok).isEqualTo(40);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(last.getContentType()).startsWith("application/problem+json");
        // another client has its own bucket
        assertThat(mvc.perform(get("/api/v1/copies/NOCOPY42/verification").header(ApiClients.HEADER, systemKey))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void publicVerificationIsRateLimitedPerClientAddress() throws Exception {
        java.util.function.Function<String, MockHttpServletRequestBuilder> from = ip -> get("/verify/NOCOPY42")
                .accept(MediaType.TEXT_HTML).with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                });
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse r = mvc.perform(from.apply("203.0.113.7")).andReturn().getResponse();
            assertThat(r.getStatus()).as("request %d", i + 1).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("NOCOPY42");
        }
        MockHttpServletResponse page = mvc.perform(from.apply("203.0.113.7")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getHeader("Retry-After")).isNotBlank();
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("Quá nhiều yêu cầu").contains("Too many");
        MockHttpServletResponse problem = mvc.perform(get("/verify/NOCOPY42").with(r -> {
            r.setRemoteAddr("203.0.113.7");
            return r;
        })).andReturn().getResponse();
        assertThat(problem.getStatus()).isEqualTo(429);
        assertThat(problem.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(problem.getContentAsString()).get("detail").asString()).contains("too many requests");
        // another address has its own bucket; a signed-in person is not limited
        assertThat(mvc.perform(from.apply("198.51.100.9")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(from.apply("203.0.113.7").with(user("u-clerk").roles("CLERK"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void webDateFieldsAreDayFirstAndBadDatesAreA400NamingTheField() throws Exception {
        accounts();
        var clerk = user("u-clerk").roles("CLERK");
        MockHttpServletResponse ok = mvc.perform(get("/search").param("issuedFrom", "1/2/2020").param("issuedTo", "2026-11-25")
                .param("inForceOn", "01/06/2020").with(clerk)).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        String html = ok.getContentAsString();
        assertThat(html).contains("id=\"issuedFrom\"").contains("value=\"01/02/2020\"").contains("value=\"25/11/2026\"")
                .contains("value=\"01/06/2020\"").contains("placeholder=\"dd/mm/yyyy\"").doesNotContain("type=\"date\"");
        for (String[] bad : new String[][] {{"issuedFrom", "31/02/2020", "ngày không tồn tại"}, {"inForceOn", "06/31/2020", "no such day"},
                {"issuedTo", "yesterday", "dd/MM/yyyy"}}) {
            MockHttpServletResponse r = mvc.perform(get("/search").param(bad[0], bad[1]).with(clerk)).andReturn().getResponse();
            assertThat(r.getStatus()).as(bad[1]).isEqualTo(400);
            assertThat(r.getContentAsString()).as(bad[1]).contains(bad[0]).contains(bad[1]).contains(bad[2]);
        }
        MockHttpServletResponse copies = mvc.perform(get("/copies").param("from", "01/11/2026").param("to", "25/11/2026").with(clerk))
                .andReturn().getResponse();
        assertThat(copies.getStatus()).isEqualTo(200);
        assertThat(copies.getContentAsString()).contains("value=\"01/11/2026\"").contains("value=\"25/11/2026\"");
        assertThat(mvc.perform(get("/copies").param("from", "25/11/2026").param("to", "01/11/2026").with(clerk))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        // the API keeps ISO dates
        assertThat(mvc.perform(get("/api/v1/records").param("inForceOn", "01/06/2020").with(httpBasic("m-clerk", PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }
}
