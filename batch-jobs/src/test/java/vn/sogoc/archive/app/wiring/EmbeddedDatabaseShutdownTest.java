package vn.sogoc.archive.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;

import vn.sogoc.archive.app.evaluation.IsolatedArchive;

/** The embedded H2 database is closed (its lock file gone) as soon as the application context closes. */
class EmbeddedDatabaseShutdownTest {

    @Test
    void closingTheContextClosesTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
        Path lock = dir.resolve("home/db/archive.lock.db");
        Connection leaked;
        try (IsolatedArchive archive = IsolatedArchive.start(dir.resolve("home"))) {
            try (Connection c = archive.bean(DataSource.class).getConnection()) {
                assertThat(c.isValid(1)).isTrue();
            }
            assertThat(lock).as("H2 (AUTO_SERVER) holds a lock file while the database is open").exists();
            // a connection outside the pool (a tool, a leaked handle) would keep the database open after the pool closes
            Environment env = archive.bean(Environment.class);
            leaked = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                    env.getProperty("spring.datasource.username", "sa"), env.getProperty("spring.datasource.password", ""));
        }
        try {
            assertThat(lock).as("lock file after the context closed").doesNotExist();
            assertThat(leaked.isClosed()).as("the connection outside the pool was closed by the shutdown").isTrue();
        } finally {
            leaked.close();
        }
    }

    @Test
    void onlyAnEmbeddedH2UrlIsShutDown() {
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2("jdbc:h2:file:/x/db/archive;AUTO_SERVER=TRUE")).isTrue();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2("jdbc:h2:mem:t")).isTrue();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2("jdbc:h2:tcp://db:9092/archive")).isFalse();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2("jdbc:postgresql://db/archive")).isFalse();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2(null)).isFalse();
    }
}
