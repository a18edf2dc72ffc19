package vn.sogoc.archive.app.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sogoc.archive.app.ArchiveProperties;

/**
 * DEMO accounts for a demo home: one archivist, one clerk, one auditor, with random passwords, created
 * when the home has no user yet and printed once (also kept in {@code home/demo-users.txt}, readable by
 * its owner only). Never used with a production configuration ({@code archive.signing.demo=false}).
 */
@Component
public class DemoUsers {

    /** Demo account names and their roles. */
    public static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>(Map.of());

    static {
        ACCOUNTS.put("demo-archivist", Role.ARCHIVIST);
        ACCOUNTS.put("demo-clerk", Role.CLERK);
        ACCOUNTS.put("demo-auditor", Role.AUDITOR);
    }

    private final UserAccounts users;
    private final ArchiveProperties properties;

    public DemoUsers(UserAccounts users, ArchiveProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    /** The file listing the demo accounts of this home. */
    public Path file() {
        return properties.home().resolve("demo-users.txt");
    }

    /**
     * Creates the demo accounts when the home is a demo home without users; returns the lines to print
     * (empty when nothing was created).
     */
    public List<String> ensure() throws IOException {
        if (!properties.signing().demo() || !users.isEmpty()) return List.of();
        StringBuilder text = new StringBuilder("# Tài khoản DEMO / DEMO accounts (không dùng cho sản xuất / not for production)\n");
        for (Map.Entry<String, Role> a : ACCOUNTS.entrySet()) {
            String password = UserAccounts.randomPassword(14);
            users.save(a.getKey(), password, List.of(a.getValue()), true);
            text.append(String.format("DEMO  %-15s  %-10s  %s%n", a.getKey(), a.getValue(), password));
        }
        Path f = file();
        Files.writeString(f, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return text.toString().lines().toList();
    }
}
