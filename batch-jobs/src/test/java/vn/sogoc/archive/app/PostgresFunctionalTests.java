package vn.sogoc.archive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;

/**
 * The production database: Flyway migrations, the register import with history, a digitization run
 * (with a manifest) and the audit trail, on a real PostgreSQL 15 started for the test.
 */
@org.springframework.test.annotation.DirtiesContext  // close the context before its @TempDir home is deleted
@SpringBootTest
class PostgresFunctionalTests {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static LocalPostgres postgres;

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        assumeTrue(LocalPostgres.available(), "PostgreSQL 15 server binaries not installed (apt-get install postgresql)");
        postgres = LocalPostgres.start();
        registry.add("archive.home", () -> home.toString());
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", postgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) postgres.close();
    }

    @Autowired RegisterImporter importer;
    @Autowired DigitizeJobRunner runner;
    @Autowired ScanRecords records;
    @Autowired JdbcClient jdbc;

    @Test
    void registerImportAJobAndTheAuditTrailRunOnPostgres() throws Exception {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");

        // the register, then the same register with one entry changed: the old version is kept
        RegisterImporter.ImportReport first = importer.importFile(SAMPLES.resolve("register.csv"));
        Path changed = home.resolve("register-v2.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve("register.csv")));
        String entry = lines.get(1).split(",")[0];
        lines.set(1, lines.get(1).replace(",ACTIVE,", ",SUSPENDED,"));
        Files.write(changed, lines);
        RegisterImporter.ImportReport second = importer.importFile(changed);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(first.rows() - 1);
        assertThat(importer.history(entry)).singleElement().satisfies(old -> assertThat(old.status().name()).isEqualTo("ACTIVE"));

        // a run over two scans named by a manifest
        Path manifest = home.resolve("manifest.txt");
        Files.writeString(manifest, "# two of the demo scans\nscan-01.jpg\nscan-08.jpg\n");
        DigitizeJobRunner.RunSummary run = runner.run(SAMPLES.resolve("scans"), LocalDate.of(2026, 11, 25), manifest);
        assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<ScanOutcome> outcomes = new ArrayList<>();
        records.forEach(outcomes::add);
        assertThat(outcomes).extracting(ScanOutcome::source).containsExactlyInAnyOrder("scan-01.jpg", "scan-08.jpg");
        assertThat(outcomes).filteredOn(o -> o.source().equals("scan-01.jpg")).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(RecordStatus.ARCHIVED));

        // the audit trail chained on PostgreSQL too
        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE action NOT IN ('CONFIG_CHANGED', 'AUDIT_CHECKPOINT') ORDER BY seq")
                .query(String.class).list();
        // the two scans are processed by two workers, so their entries may come in either order
        assertThat(actions).startsWith("REGISTER_IMPORTED", "REGISTER_IMPORTED", "JOB_STARTED").endsWith("JOB_FINISHED")
                .containsExactlyInAnyOrder("REGISTER_IMPORTED", "REGISTER_IMPORTED", "JOB_STARTED", "RECORD_ARCHIVED",
                        "RECORD_TO_REVIEW", "JOB_FINISHED");
    }
}
