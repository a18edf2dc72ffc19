package vn.sogoc.archive.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.ValidationResult;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import vn.sogoc.archive.app.audit.AuditActions;
import vn.sogoc.archive.app.audit.AuditVerifier;
import vn.sogoc.archive.app.audit.Checkpoint;
import vn.sogoc.archive.app.audit.ConfigurationAuditor;
import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.jobs.JobDetail;
import vn.sogoc.archive.app.jobs.JobHistoryService;
import vn.sogoc.archive.app.jobs.JobSummary;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.storage.ObjectStore;

/**
 * One real, small digitization run (2 of the demo scans: real OCR, signing, S3Proxy, H2) over the demo
 * register, plus register, review and copy rows inserted straight into the database for a test field;
 * then the job history, the job's correlation ids in the JSON log, the checkpoint made at the job's end,
 * the progress report's figures (checked one by one against what was built), and the audit report
 * (CSV rows; PDF/A that veraPDF accepts, signed).
 */
@org.springframework.test.annotation.DirtiesContext  // close the context before its @TempDir home is deleted
@SpringBootTest
class JobHistoryAndReportsTests {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static final LocalDate TODAY = LocalDate.now(ProgressReportService.VIETNAM);
    static final String FIELD = "Kiểm thử báo cáo";

    @TempDir
    static Path home;
    @TempDir
    static Path work;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
    }

    @Autowired RegisterImporter importer;
    @Autowired DigitizeJobRunner runner;
    @Autowired JobHistoryService history;
    @Autowired ProgressReportService progress;
    @Autowired AuditReportService auditReports;
    @Autowired AuditVerifier verifier;
    @Autowired ConfigurationAuditor configuration;
    @Autowired AuditTrail audit;
    @Autowired ObjectStore store;
    @Autowired JdbcTemplate jdbc;

    static long jobId;

    @BeforeAll
    static void bc() {
        if (Security.getProvider("BC") == null) Security.addProvider(new BouncyCastleProvider());
        VeraGreenfieldFoundryProvider.initialise();
    }

    synchronized void runOnce() throws Exception {
        if (jobId != 0) return;
        importer.importFile(SAMPLES.resolve("register.csv"));
        Path input = Files.createDirectories(work.resolve("in"));
        Files.copy(SAMPLES.resolve("scans/scan-02.tif"), input.resolve("scan-02.tif"));
        Files.copy(SAMPLES.resolve("scans/scan-03.pdf"), input.resolve("scan-03.pdf"));
        jobId = runner.run(input, TODAY, null).execution().getId();
        OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1), tomorrow = OffsetDateTime.now().plusDays(1);
        entry("K1", 2019, null, "ACTIVE", false, yesterday, yesterday);
        entry("K2", 2019, null, "ACTIVE", false, yesterday, yesterday);
        entry("K3", 2019, null, "ACTIVE", false, null, null);
        entry("K9", 2019, null, "ACTIVE", false, yesterday, null);           // digitized, not signed
        entry("K4", 2020, null, "ACTIVE", false, null, null);                // a scan of it is in review
        entry("K5", 2020, LocalDate.of(2021, 1, 1), "ACTIVE", false, null, null);   // expired: not in force
        entry("K6", 2020, null, "REVOKED", false, null, null);               // revoked: not in force
        entry("K7", 2020, null, "ACTIVE", true, null, null);                 // born digital: nothing to scan
        entry("K8", 2020, null, "ACTIVE", false, tomorrow, tomorrow);        // digitized after the as-of day
        jdbc.update("INSERT INTO scan_record (source_sha256, source, status, reason, register_no, pages, processed_at)"
                + " VALUES (?, ?, 'REVIEW', 'UNREADABLE', 'K4', 1, ?)", "A".repeat(64), "k4.png", yesterday);
        copy("C1", "K1", yesterday);
        copy("C2", "K2", tomorrow);                                          // after the as-of day: not counted
        audit.append(new AuditEvent("RECORD_FETCHED", "system:tester", "register_entry", "SG-2013-00004", null, Map.of()));
    }

    void entry(String no, int year, LocalDate validUntil, String status, boolean bornDigital, OffsetDateTime digitizedAt,
               OffsetDateTime signedAt) {
        jdbc.update("""
                INSERT INTO register_entry (register_no, type_code, number, number_key, holder_name, issued_on, valid_until,
                    status, field, born_digital, created_at, updated_at, digitized, digitized_at, signed_at)
                VALUES (?, 'TEST', ?, ?, 'Người thử', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", no, no, no,
                LocalDate.of(year, 3, 1), validUntil, status, FIELD, bornDigital, OffsetDateTime.now(), OffsetDateTime.now(),
                digitizedAt != null, digitizedAt, signedAt);
    }

    void copy(String id, String registerNo, OffsetDateTime issuedAt) {
        jdbc.update("""
                INSERT INTO copy_register (copy_id, book, copy_year, seq, copy_number, register_no, copy_kind, requester,
                    purpose, clerk, issued_at, source_object_key, source_sha256, object_key, sha256, size_bytes, pages,
                    signature_level, status)
                VALUES (?, 'TEST', 2026, ?, ?, ?, 'IMAGE', 'r', 'p', 'c', ?, 'k', ?, 'k', ?, 1, 1, 'B_T', 'VALID')""",
                id, id.hashCode(), id, registerNo, issuedAt, "B".repeat(64), "C".repeat(64));
    }

    @Test
    void jobHistoryShowsTheRunWithParametersStepsAndEachRecord() throws Exception {
        runOnce();
        List<JobSummary> jobs = history.list(10);
        assertThat(jobs).isNotEmpty();
        JobSummary j = jobs.get(0);
        assertThat(j.id()).isEqualTo(jobId);
        assertThat(j.status()).isEqualTo("COMPLETED");
        assertThat(j.statusVi()).isEqualTo("hoàn thành");
        assertThat(j.parameters()).containsKeys("input", "asOf", "run");
        assertThat(j.counts().read()).isEqualTo(2);
        assertThat(j.counts().written()).isEqualTo(2);
        assertThat(j.outcomes()).containsEntry("ARCHIVED", 2L);
        JobDetail d = history.show(jobId, 10).orElseThrow();
        assertThat(d.steps()).extracting(s -> s.name()).contains("digitizeManagerStep");
        assertThat(d.outcomeCount()).isEqualTo(2);
        assertThat(d.outcomes()).extracting(o -> o.registerNo()).containsExactlyInAnyOrder("SG-2013-00004", "SG-2016-00007");
        assertThat(d.failures()).isEmpty();
        assertThat(d.auditEntries()).as("JOB_STARTED, 2 records, JOB_FINISHED, checkpoint").isGreaterThanOrEqualTo(5);
        assertThat(history.show(987654, 10)).isEmpty();
    }

    @Test
    void theJobsEndMakesASignedCheckpointInTheObjectStore() throws Exception {
        runOnce();
        Long finished = jdbc.queryForObject("SELECT seq FROM audit_entry WHERE action = 'JOB_FINISHED' AND correlation_id = ?",
                Long.class, "job-" + jobId);
        Map<String, Object> next = jdbc.queryForMap("SELECT action, correlation_id FROM audit_entry WHERE seq = ?", finished + 1);
        assertThat(next.get("ACTION")).isEqualTo(AuditActions.CHECKPOINT);
        assertThat(next.get("CORRELATION_ID")).isEqualTo("job-" + jobId);
        assertThat(store.stat(Checkpoint.payloadKey(finished + 1))).isPresent();
        assertThat(verifier.verify().problems()).isEmpty();
    }

    @Test
    void aJsonLogLineOfTheJobCarriesItsCorrelationIds() throws Exception {
        runOnce();
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path log = null;
        for (var it = ctx.getLogger("ROOT").iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof FileAppender<?> f) log = Path.of(f.getFile());
        }
        assertThat(log).as("the file appender (logging.file.name)").isNotNull();
        String sha = jdbc.queryForObject("SELECT source_sha256 FROM scan_record WHERE register_no = 'SG-2013-00004'", String.class).trim();
        List<String> lines = Files.readAllLines(log);
        String job = "\"job_execution_id\":\"" + jobId + "\"";
        assertThat(lines).as("a line logged while the job ran, by a step (any thread)")
                .anyMatch(l -> l.contains(job) && !l.contains("\"logger\":\"audit\""));
        assertThat(lines).as("the audit line of the record: job, scan and seq, as in its audit entry")
                .anyMatch(l -> l.startsWith("{") && l.contains(job) && l.contains("\"scan_sha256\":\"" + sha + "\"")
                        && l.contains("\"audit_seq\"") && l.contains("RECORD_ARCHIVED"));
    }

    @Test
    void progressFiguresMatchWhatWasBuilt() throws Exception {
        runOnce();
        ProgressReport r = progress.build(TODAY);
        ProgressReport.Row y2019 = row(r, FIELD, 2019), y2020 = row(r, FIELD, 2020);
        assertThat(y2019).isEqualTo(new ProgressReport.Row(FIELD, 2019, 4, 3, 2, 0, 1));
        assertThat(y2020).isEqualTo(new ProgressReport.Row(FIELD, 2020, 2, 0, 0, 1, 1));
        assertThat(row(r, "Dược phẩm", 2013)).isEqualTo(new ProgressReport.Row("Dược phẩm", 2013, 1, 1, 1, 0, 0));
        assertThat(row(r, "Trang thiết bị y tế", 2016)).isEqualTo(new ProgressReport.Row("Trang thiết bị y tế", 2016, 1, 1, 1, 0, 0));
        long inForce = r.rows().stream().mapToLong(ProgressReport.Row::inForce).sum();
        assertThat(r.total().inForce()).isEqualTo(inForce);
        assertThat(r.total().digitized()).isEqualTo(5);       // K1, K2, K9 and the job's two
        assertThat(r.targetPercent()).isEqualTo(100.0);        // the plan's 2025 target holds after 2025
        assertThat(r.onTarget()).isFalse();
        assertThat(r.digitizedAll()).isEqualTo(5);
        assertThat(r.reused()).as("K1's copy and the fetched SG-2013-00004").isEqualTo(2);
        assertThat(r.reusePercent()).isEqualTo(40.0);
        // As of a day before the job: none of today's digitization counts.
        ProgressReport before = progress.build(TODAY.minusDays(2));
        assertThat(before.total().digitized()).isZero();
        assertThat(ProgressFormats.text(r)).contains(FIELD).contains("40.0%").contains("TỔNG / TOTAL");
        assertThat(ProgressFormats.csv(r)).contains(FIELD + ",2019,4,3,2,0,1,75.00,100.00").contains("REUSE_RATE");
        byte[] png = ProgressFormats.chartPng(r, 800, 400);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isEqualTo(800);
    }

    static ProgressReport.Row row(ProgressReport r, String field, int year) {
        return r.rows().stream().filter(x -> x.field().equals(field) && x.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + field + " " + year + " in " + r.rows()));
    }

    @Test
    void auditReportAsCsvAndAsSignedPdfA() throws Exception {
        runOnce();
        StringWriter csv = new StringWriter();
        long n = auditReports.writeCsv(TODAY.minusDays(1), TODAY, csv);
        assertThat(n).isGreaterThan(5);
        assertThat(csv.toString()).contains("entry,").contains("JOB_FINISHED").contains("job," + jobId + ",")
                .contains("COMPLETED").contains("archived=2");
        Path pdf = work.resolve("bao-cao.pdf");
        auditReports.writePdf(TODAY.minusDays(1), TODAY, pdf);
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()))) {
            SignatureUtil sig = new SignatureUtil(doc);
            assertThat(sig.getSignatureNames()).hasSize(1);
            assertThat(sig.readSignatureData(sig.getSignatureNames().get(0)).verifySignatureIntegrityAndAuthenticity()).isTrue();
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new FileInputStream(pdf.toFile()))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().stream().filter(a -> a.getStatus().toString()
                    .equals("FAILED")).map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(5).toList().toString()).isTrue();
        }
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("BÁO CÁO KIỂM TRA").contains("NGUYÊN VẸN / INTACT").contains("JOB_FINISHED");
        }
    }

    @Test
    void configurationIsRecordedOnceUntilItChanges() throws Exception {
        runOnce();
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONFIG_CHANGED'", Long.class);
        assertThat(before).isEqualTo(1);
        configuration.recordIfChanged();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONFIG_CHANGED'", Long.class)).isEqualTo(1);
        String details = jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'CONFIG_CHANGED'", String.class);
        assertThat(details).contains("config_sha256").contains("archive.organisation").doesNotContain("secret-key")
                .doesNotContain("archive-demo-secret");
    }
}
