package vn.sogoc.archive.app.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.setup.SignerSetup;
import vn.sogoc.archive.signing.verify.Finding;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * Certified copies end to end on the real parts (H2, S3Proxy behind the MinIO SDK, PDFBox, iText PAdES
 * with the demo PKI and TSA, EU DSS and veraPDF as independent validators): issuing, refusals, the copy
 * register's numbering under 8 concurrent issuers, verification of good, changed, foreign-signed and
 * revoked copies, and export.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)  // closes H2, S3Proxy and the log file before the temp home is deleted
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopiesFunctionalTests {

    static final List<String> IN_FORCE = List.of("SG-2013-00004", "SG-2016-00007", "SG-2016-00010");
    static final String EXPIRED = "SG-2021-00013";
    static final String NOT_DIGITIZED = "SG-2020-00019";

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
        registry.add("archive.copies.verify-base-url", () -> "https://sogoc.example.vn/verify");
    }

    @Autowired RegisterImporter importer;
    @Autowired JdbcRegister register;
    @Autowired ObjectStore store;
    @Autowired DocumentSigner signer;
    @Autowired CopyService copies;
    @Autowired CopyRegister copyRegister;
    @Autowired VerificationService verification;
    @Autowired CopyExporter exporter;
    @Autowired JdbcClient jdbc;
    @Autowired ArchiveProperties archive;
    @Autowired AuditTrail audit;
    @Autowired PlatformTransactionManager transactions;

    static CopyLine first;
    static Path firstPdf;
    static boolean archived;

    @BeforeEach
    void archiveSomeRecordsOnce() throws Exception {
        if (archived) return;
        archived = true;
        importer.importFile(ArchivedRecords.SAMPLES.resolve("register.csv"));
        Path work = Files.createDirectories(home.resolve("fixtures"));
        for (String no : concat(IN_FORCE, List.of(EXPIRED))) {
            ArchivedRecords.archive(register.findByRegisterNo(no).orElseThrow(), work, signer, store, register, archive.organisation());
        }
    }

    @Test
    @Order(1)
    void issuesASignedPdfaCopyWithItsCertificationBlockAndVerifiesIt() throws Exception {
        IssuedCopy issued = copies.issue(IN_FORCE.get(0), "Nguyễn Thị Hồng Nhung", "Bổ sung hồ sơ đấu thầu", "clerk-01");
        first = issued.line();
        firstPdf = home.resolve("first.pdf");
        copies.writePdf(first.copyId(), firstPdf);

        // the register line
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.copyNumber()).startsWith("000001/" + first.year()).contains("quyển số 01-SCTĐT/BS");
        assertThat(first.registerNo()).isEqualTo(IN_FORCE.get(0));
        assertThat(first.requester()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(first.clerk()).isEqualTo("clerk-01");
        assertThat(first.status()).isEqualTo(CopyStatus.VALID);
        assertThat(first.objectKey()).isEqualTo("copies/" + first.year() + "/" + first.copyId() + ".pdf");
        assertThat(store.stat(first.objectKey())).get().satisfies(o -> assertThat(o.sha256()).isEqualTo(first.sha256()));
        assertThat(Hashes.sha256(firstPdf)).isEqualTo(first.sha256());

        // the document: archived page + certification page, the block's facts, PDF/A
        try (PDDocument doc = Loader.loadPDF(firstPdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2).isEqualTo(first.pages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String block = stripper.getText(doc);
            assertThat(block).contains("BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC", first.copyNumber(), IN_FORCE.get(0), "Nguyễn Thị Hồng Nhung",
                    "Bổ sung hồ sơ đấu thầu", "clerk-01", CertificationPage.spaced(first.copyId()),
                    "https://sogoc.example.vn/verify/" + first.copyId(), CertificationPage.ISO.format(first.issuedAt()));
        }
        assertThat(pdfaFailures(firstPdf)).isEmpty();

        // one signature: "BẢN SAO", the archived record's own "SAO Y" signature is not carried over
        CopyVerification v = verification.verify(firstPdf);
        assertThat(v.verdict()).as(v.reasons().toString()).isEqualTo(Verdict.VALID);
        assertThat(v.line().copyId()).isEqualTo(first.copyId());
        assertThat(v.signatures()).singleElement().satisfies(s -> assertThat(s.level()).isEqualTo("PAdES-BASELINE-LT"));
        assertThat(v.findings()).extracting(Finding::code).containsExactly("IN_REGISTER", "RESULT_IN_FORCE");

        // EU DSS agrees, at B-LT, against the demo root only
        assertThat(EuDss.validate(firstPdf, archive.pkiDir().resolve("root-ca.pem"))).singleElement().satisfies(o -> {
            assertThat(o.indication()).as(o.toString()).isEqualTo("TOTAL_PASSED");
            assertThat(o.format()).isEqualTo("PAdES-BASELINE-LT");
        });
        assertThat(auditActions(first.copyId())).contains("COPY_ISSUED", "COPY_VERIFIED");
    }

    @Test
    @Order(2)
    void refusesUnknownUndigitizedAndExpiredEntriesWithoutUsingANumber() {
        int lastBefore = lastSeq();
        assertRefused(() -> copies.issue("SG-1999-99999", "A", "B", null), "UNKNOWN_ENTRY", "không có trong sổ gốc");
        assertRefused(() -> copies.issue(NOT_DIGITIZED, "A", "B", null), "NOT_DIGITIZED", "not digitized");
        assertRefused(() -> copies.issue(EXPIRED, "A", "B", null), "NOT_IN_FORCE", "not in force");
        assertRefused(() -> copies.issue(IN_FORCE.get(1), " ", "B", null), "BAD_INPUT", "requester");
        assertRefused(() -> copies.issue(IN_FORCE.get(1), "Người yêu cầu \uD83D\uDE00", "B", null), "BAD_INPUT", "requester");
        assertThat(lastSeq()).isEqualTo(lastBefore);
    }

    @Test
    @Order(3)
    void aFailedSignatureRollsBackAndGivesTheNumberBack() throws Exception {
        int lastBefore = lastSeq();
        DocumentSigner failing = (in, out, request) -> {
            throw new IOException("token removed");
        };
        CopyService broken = new CopyService(register, store, failing, copyRegister, audit, transactions, archive,
                new CopiesProperties("01", "SCTĐT/BS", "BẢN SAO", SignatureLevel.B_LT, "https://x/verify", List.of(), "2.000908", "x"),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(Clock.class));
        assertThatThrownBy(() -> broken.issue(IN_FORCE.get(1), "A", "B", "c")).isInstanceOf(IOException.class).hasMessageContaining("token removed");
        assertThat(lastSeq()).isEqualTo(lastBefore);
        assertThat(copies.issue(IN_FORCE.get(1), "A", "B", "c").line().seq()).isEqualTo(lastBefore + 1);
    }

    @Test
    @Order(3)
    void aCopyWhoseStoringFailsKeepsItsNumberAndIsStoredByTheNextIssue() throws Exception {
        ObjectStore failingPuts = new ObjectStore() {
            @Override
            public vn.sogoc.archive.storage.StoredObject put(String key, Path file, String type, Map<String, String> meta) throws IOException {
                throw new IOException("object store unreachable");
            }

            @Override
            public InputStream open(String key) throws IOException {
                return store.open(key);
            }

            @Override
            public java.util.Optional<vn.sogoc.archive.storage.StoredObject> stat(String key) throws IOException {
                return store.stat(key);
            }
        };
        CopyService offline = new CopyService(register, failingPuts, signer, copyRegister, audit, transactions, archive,
                new CopiesProperties("01", "SCTĐT/BS", "BẢN SAO", SignatureLevel.B_LT, "https://x/verify", List.of(), "2.000908", "x"),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(Clock.class));
        int lastBefore = lastSeq();
        assertThatThrownBy(() -> offline.issue(IN_FORCE.get(1), "A", "B", "c")).isInstanceOf(IOException.class)
                .hasMessageContaining("not stored yet");
        CopyLine pending = copyRegister.book("01", first.year()).get(lastBefore);
        assertThat(pending.seq()).isEqualTo(lastBefore + 1);
        assertThat(store.stat(pending.objectKey())).isEmpty();

        copies.issue(IN_FORCE.get(1), "A", "B", "c");  // stores what is pending first

        assertThat(store.stat(pending.objectKey())).get().satisfies(o -> assertThat(o.sha256()).isEqualTo(pending.sha256()));
        assertThat(archive.workDir().resolve("copies/pending")).isEmptyDirectory();
    }

    @Test
    @Order(4)
    void eightClerksIssuingAtOnceGetConsecutiveNumbersWithoutGapOrDuplicate() throws Exception {
        int lastBefore = lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<IssuedCopy>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String entry = IN_FORCE.get(i % IN_FORCE.size());
            String clerk = "clerk-" + (i % 8);
            futures.add(pool.submit(() -> copies.issue(entry, "Người yêu cầu " + clerk, "Kiểm tra đồng thời", clerk)));
        }
        List<Integer> seqs = new ArrayList<>();
        for (Future<IssuedCopy> f : futures) seqs.add(f.get().line().seq());
        pool.shutdown();

        assertThat(seqs).doesNotHaveDuplicates().hasSize(16);
        int year = first.year();
        List<Integer> book = copyRegister.book("01", year).stream().map(CopyLine::seq).toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= lastBefore + 16; i++) expected.add(i);
        assertThat(book).containsExactlyElementsOf(expected);
        assertThat(lastSeq()).isEqualTo(lastBefore + 16);
    }

    @Test
    @Order(5)
    void aChangedByteMakesTheCopyInvalid() throws Exception {
        byte[] bytes = Files.readAllBytes(firstPdf);
        bytes[bytes.length / 3] ^= 1;
        Path tampered = home.resolve("tampered.pdf");
        Files.write(tampered, bytes);

        CopyVerification v = verification.verify(tampered);

        assertThat(v.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(v.reasons()).extracting(Finding::code).contains("MODIFIED", "COPY_ALTERED");
        assertThat(v.reasons()).anySatisfy(f -> assertThat(f.text()).contains("changed after signing"));
    }

    @Test
    @Order(6)
    void aCopyReSignedByAForeignKeyIsNotTrusted() throws Exception {
        Path foreignPki = home.resolve("foreign-pki");
        DocumentSigner foreign = SignerSetup.demo(foreignPki, "Cơ quan lạ");
        Path resigned = home.resolve("resigned.pdf");
        foreign.sign(firstPdf, resigned, new SignatureRequest("BẢN SAO", "Cơ quan lạ", "giả mạo", SignatureLevel.B_LT));

        CopyVerification v = verification.verify(resigned);

        assertThat(v.verdict()).isNotEqualTo(Verdict.VALID);
        assertThat(v.signatures()).hasSize(2);
        assertThat(v.signatures().get(1).findings()).extracting(Finding::code).contains("NOT_TRUSTED");
        assertThat(v.reasons()).anySatisfy(f -> assertThat(f.text()).contains("not trusted"));
    }

    @Test
    @Order(7)
    void aRevokedCopyIsReportedRevokedWithWhoAndWhy() throws Exception {
        CopyLine revoked = copies.revoke(first.copyId().toLowerCase(), "Cấp nhầm người yêu cầu", "clerk-02");
        assertThat(revoked.status()).isEqualTo(CopyStatus.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("clerk-02");
        assertRefused(() -> copies.revoke(first.copyId(), "lần nữa", null), "ALREADY_REVOKED", "already revoked");
        assertRefused(() -> copies.revoke("ZZZZZZZZZZ", "x", null), "UNKNOWN_COPY", "no such copy");

        CopyVerification v = verification.verify(firstPdf);

        assertThat(v.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(v.reasons()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("REVOKED");
            assertThat(f.text()).contains("revoked", "clerk-02", "Cấp nhầm người yêu cầu");
        });
        assertThat(auditActions(first.copyId())).contains("COPY_REVOKED");
    }

    @Test
    @Order(8)
    void aCopyOfAResultNoLongerInForceIsInvalid() throws Exception {
        IssuedCopy c = copies.issue(IN_FORCE.get(2), "A", "B", "c");
        Path pdf = home.resolve("later.pdf");
        copies.writePdf(c.line().copyId(), pdf);
        jdbc.sql("UPDATE register_entry SET status = 'REVOKED' WHERE register_no = ?").param(IN_FORCE.get(2)).update();
        try {
            CopyVerification v = verification.verify(pdf);
            assertThat(v.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(v.reasons()).extracting(Finding::code).containsExactly("RESULT_NOT_IN_FORCE");
        } finally {
            jdbc.sql("UPDATE register_entry SET status = 'ACTIVE' WHERE register_no = ?").param(IN_FORCE.get(2)).update();
        }
    }

    @Test
    @Order(9)
    void exportsTheCopiesWithAManifestAndSha256Sums() throws Exception {
        LocalDate today = LocalDate.now(CopyService.VIETNAM);
        Path zip = home.resolve("export/copies.zip");
        CopyExporter.Export e = exporter.export(today, today, zip);

        List<CopyLine> lines = copyRegister.book("01", first.year());
        assertThat(e.copies()).isEqualTo(lines.size());
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry z; (z = in.getNextEntry()) != null; ) entries.put(z.getName(), in.readAllBytes());
        }
        assertThat(entries).containsKeys("manifest.json", "manifest.csv", "SHA256SUMS");
        String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.US_ASCII);
        for (CopyLine l : lines) {
            byte[] pdf = entries.get("copies/" + l.copyId() + ".pdf");
            assertThat(pdf).as(l.copyId()).isNotNull();
            assertThat(Hashes.sha256(pdf)).isEqualTo(l.sha256());
            assertThat(sums).contains(l.sha256().toLowerCase() + "  copies/" + l.copyId() + ".pdf");
        }
        assertThat(sums).contains(Hashes.sha256(entries.get("manifest.json")).toLowerCase() + "  manifest.json");
        assertThat(new String(entries.get("manifest.csv"), StandardCharsets.UTF_8)).contains(first.copyId() + ",", "REVOKED");
        assertRefused(() -> exporter.export(today, today.minusDays(1), zip), "BAD_INPUT", "Invalid date range");
    }

    private int lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(last_seq), 0) FROM copy_counter WHERE book = '01'").query(Integer.class).single();
    }

    private List<String> auditActions(String copyId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'copy' AND subject_id = ? ORDER BY seq")
                .param(copyId).query(String.class).list();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CopyRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(text);
        });
    }

    private static List<String> pdfaFailures(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            var result = validator.validate(parser);
            return result.isCompliant() ? List.of() : result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
