package vn.sogoc.archive.app.web.security;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.web.WebProperties;

/**
 * People who log in (người dùng): from the {@code app_user} table and from {@code archive.web.users};
 * passwords are kept only as BCrypt hashes. System clients are {@link ApiClients}, not users.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final WebProperties properties;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, WebProperties properties) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
    }

    /** A person as listed: name, roles, whether it is a DEMO account. */
    public record Account(String name, List<Role> roles, boolean demo) { }

    @Override
    public UserDetails loadUserByUsername(String name) {
        for (WebProperties.User u : properties.users()) {
            if (u.name().equals(name)) return details(u.name(), u.passwordHash(), u.roles().stream().map(Role::parse).toList());
        }
        record Row(String hash, String roles) { }
        Optional<Row> row = jdbc.sql("SELECT password_hash, roles FROM app_user WHERE username = ? AND enabled")
                .param(name).query((rs, i) -> new Row(rs.getString(1), rs.getString(2))).optional();
        if (row.isEmpty()) throw new UsernameNotFoundException("no such user");
        return details(name, row.get().hash(), roles(row.get().roles()));
    }

    private static UserDetails details(String name, String hash, List<Role> roles) {
        return User.withUsername(name).password(hash)
                .authorities(roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()).build();
    }

    private static List<Role> roles(String csv) {
        return Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(Role::parse).toList();
    }

    /** Creates or replaces a person with these roles; the password is stored as a hash only. */
    public void save(String name, String password, List<Role> roles, boolean demo) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException("name '" + name + "': 2-64 letters, digits, . _ @ -");
        }
        if (password == null || password.length() < 10) throw new IllegalArgumentException("password: at least 10 characters");
        if (roles.isEmpty() || roles.contains(Role.SYSTEM)) {
            throw new IllegalArgumentException("roles: ARCHIVIST, CLERK or AUDITOR (SYSTEM is for clients: bin/archive client create)");
        }
        String csv = String.join(",", roles.stream().map(Role::name).toList());
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param(name).update();
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, demo, enabled, created_at) VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(name, encoder.encode(password), csv, demo, OffsetDateTime.now()).update();
    }

    public List<Account> list() {
        List<Account> out = new ArrayList<>();
        properties.users().forEach(u -> out.add(new Account(u.name(), u.roles().stream().map(Role::parse).toList(), false)));
        out.addAll(jdbc.sql("SELECT username, roles, demo FROM app_user ORDER BY username")
                .query((rs, i) -> new Account(rs.getString(1), roles(rs.getString(2)), rs.getBoolean(3))).list());
        return out;
    }

    public boolean isEmpty() {
        return properties.users().isEmpty() && jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single() == 0;
    }

    /** A random password of {@code length} unambiguous letters and digits. */
    public static String randomPassword(int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        return new String(c);
    }
}
