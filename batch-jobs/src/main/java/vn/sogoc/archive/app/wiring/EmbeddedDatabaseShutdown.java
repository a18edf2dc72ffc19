package vn.sogoc.archive.app.wiring;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Closes the embedded H2 database (the default archive home's {@code db/}) when the application context
 * closes, with everything written flushed to its file. Without it the database stays open until the JVM
 * exits whenever any connection outlives the pool, which keeps writing into a home that a caller (a test,
 * the evaluation command's throw-away home) is about to delete. A server database (PostgreSQL, H2 over
 * TCP) is left alone: other processes use it.
 */
@Component
@Lazy(false)
class EmbeddedDatabaseShutdown implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseShutdown.class);

    private final DataSource dataSource;
    private final boolean embeddedH2;

    EmbeddedDatabaseShutdown(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.embeddedH2 = isEmbeddedH2(url);
    }

    static boolean isEmbeddedH2(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    /** A command that never touched the database must not open it just to close it. */
    private boolean neverOpened() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    && dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() == null;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        if (!embeddedH2 || neverOpened()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed, or the pool is gone: nothing left to flush
            log.debug("H2 shutdown on close: {}", e.getMessage());
        }
    }
}
