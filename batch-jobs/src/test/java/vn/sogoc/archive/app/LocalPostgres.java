package vn.sogoc.archive.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster on loopback for tests, started from Debian's {@code postgresql}
 * binaries ({@code initdb}, {@code pg_ctl}); run as the {@code postgres} user when the tests run as root.
 */
public final class LocalPostgres implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgres(Path dir, int port, boolean asPostgresUser) {
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Whether Debian's PostgreSQL 15 server binaries are installed. */
    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    public static LocalPostgres start() throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("sogoc-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LocalPostgres pg = new LocalPostgres(dir, port, root);
        if (root) pg.run(List.of("chown", "postgres", dir.toString()), false);
        pg.run(List.of(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "archive",
                "-E", "UTF8", "--locale=C"), true);
        pg.run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(),
                "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), true);
        return pg;
    }

    public String jdbcUrl() { return "jdbc:postgresql://127.0.0.1:" + port + "/postgres"; }

    public String user() { return "archive"; }

    private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asServerUser && asPostgresUser) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("failed: " + String.join(" ", cmd) + "\n" + out);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), true);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
