package vn.sogoc.archive.app.web.security;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.text.Hashes;

/**
 * Other systems' API keys (khóa API), issued by {@code bin/archive client create}: only the key's
 * SHA-256 is stored (a 256-bit random key needs no slow hash), the key itself is shown once.
 * A key reads {@code sgk_<prefix>_<secret>}; the prefix names the key in lists without revealing it.
 */
@Service
public class ApiClients {

    /** Header that carries an API key (also accepted: {@code Authorization: ApiKey <key>}). */
    public static final String HEADER = "X-API-Key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public ApiClients(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A client as listed (never its key). */
    public record Client(long id, String name, Role role, String keyPrefix, OffsetDateTime createdAt, OffsetDateTime revokedAt) { }

    /** A newly issued client with its key, to be shown once. */
    public record Issued(Client client, String key) { }

    /** Issues a key for a new client; the name must be unique. */
    @Transactional
    public Issued create(String name, Role role) {
        if (name == null || !name.matches("[\\p{L}\\p{N} ._@-]{2,128}") || name.isBlank()) {
            throw new IllegalArgumentException("--name '" + name + "': 2-128 letters, digits, space, . _ @ -");
        }
        String clean = name.strip();
        if (jdbc.sql("SELECT COUNT(*) FROM api_client WHERE name = ?").param(clean).query(Integer.class).single() > 0) {
            throw new IllegalArgumentException("--name '" + clean + "': đã có client tên này / a client with this name exists");
        }
        byte[] prefixBytes = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(prefixBytes);
        RANDOM.nextBytes(secret);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String prefix = b64.encodeToString(prefixBytes).replace('-', 'x').replace('_', 'y');
        String key = "sgk_" + prefix + "_" + b64.encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("INSERT INTO api_client (name, role, key_prefix, key_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(clean, role.name(), prefix, Hashes.sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)), now)
                .update();
        Client c = find(clean).orElseThrow();
        audit.append(new AuditEvent("CLIENT_CREATED", Actors.current(), "api_client", clean, null,
                java.util.Map.of("role", role.name(), "key_prefix", prefix)));
        return new Issued(c, key);
    }

    /** The active client holding this key, if any. */
    public Optional<Client> authenticate(String key) {
        if (key == null || !key.startsWith("sgk_") || key.length() > 200) return Optional.empty();
        String hash = Hashes.sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<Client> c = jdbc.sql("SELECT * FROM api_client WHERE key_hash = ? AND revoked_at IS NULL").param(hash)
                .query(ApiClients::client).optional();
        c.ifPresent(x -> jdbc.sql("UPDATE api_client SET last_used_at = ? WHERE id = ?").params(OffsetDateTime.now(), x.id()).update());
        return c;
    }

    public Optional<Client> find(String name) {
        return jdbc.sql("SELECT * FROM api_client WHERE name = ?").param(name).query(ApiClients::client).optional();
    }

    public List<Client> list() {
        return jdbc.sql("SELECT * FROM api_client ORDER BY name").query(ApiClients::client).list();
    }

    /** Revokes the client's key; false when there is no such active client. */
    @Transactional
    public boolean revoke(String name) {
        int n = jdbc.sql("UPDATE api_client SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(), name).update();
        if (n > 0) audit.append(new AuditEvent("CLIENT_REVOKED", Actors.current(), "api_client", name, null, java.util.Map.of()));
        return n > 0;
    }

    private static Client client(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Client(rs.getLong("id"), rs.getString("name"), Role.parse(rs.getString("role")), rs.getString("key_prefix"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
