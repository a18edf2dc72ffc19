package vn.sogoc.archive.app.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.sogoc.archive.app.ArchiveApplication;

/**
 * A second, complete archive application (kho riêng) on its own home, in this JVM: its own H2 database,
 * embedded S3 server, Lucene index and demo keys, so an evaluation or a benchmark never touches the
 * archive the command was started on. Close it to stop its servers.
 */
public final class IsolatedArchive implements AutoCloseable {

    private final Path home;
    private final ConfigurableApplicationContext context;

    private IsolatedArchive(Path home, ConfigurableApplicationContext context) {
        this.home = home;
        this.context = context;
    }

    /** Starts the application on {@code home} (created if missing). */
    public static IsolatedArchive start(Path home) throws IOException {
        Path h = home.toAbsolutePath().normalize();
        Files.createDirectories(h);
        // a command-line property outranks the archive.home system property set by ArchiveApplication.main
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ArchiveApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--archive.home=" + h);
        return new IsolatedArchive(h, context);
    }

    public Path home() { return home; }

    public <T> T bean(Class<T> type) { return context.getBean(type); }

    @Override
    public void close() { context.close(); }
}
