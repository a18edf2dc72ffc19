package vn.sogoc.archive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.certify.CertificationLine;
import vn.sogoc.archive.app.certify.CertificationRefusedException;
import vn.sogoc.archive.app.certify.CertificationRegister;
import vn.sogoc.archive.app.certify.CertificationRequest;
import vn.sogoc.archive.app.certify.CertificationService;
import vn.sogoc.archive.app.certify.CertifiedCopy;
import vn.sogoc.archive.app.certify.CertifiedCopyCheck;
import vn.sogoc.archive.app.certify.CounterProperties;
import vn.sogoc.archive.app.certify.CountersignedSigning;
import vn.sogoc.archive.app.certify.NumberedTransactions;
import vn.sogoc.archive.app.certify.PersonalSigners;
import vn.sogoc.archive.app.dossiers.DossierStatistics;
import vn.sogoc.archive.app.holders.DocumentTitles;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.digitize.DocumentDigitizer;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * The one-stop counter end to end through its commands, on the real parts (Tesseract, PDFBox, iText with the
 * demo PKI and personal demo certificates, S3Proxy, Lucene, H2): the holder's warehouse, a born-digital
 * result, a dossier with reuse, the dossier rates on a known set, and certified copies — EU DSS on both
 * signatures, refusals that take no number, a failed signing that takes no number, 8 clerks at once.
 */
@org.springframework.test.annotation.DirtiesContext  // close the context before its @TempDir home is deleted
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CounterFunctionalTests {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ENTERPRISE = "0364384044";     // Công ty TNHH Dược phẩm Á Châu in samples/register.csv
    static final String CITIZEN = "048069350659";       // Lý Hữu Đạt

    @TempDir
    static Path home;
    @TempDir
    static Path files;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
    }

    @Autowired AutowireCapableBeanFactory beans;
    @Autowired RegisterImporter importer;
    @Autowired JdbcClient jdbc;
    @Autowired SearchIndex index;
    @Autowired DossierStatistics statistics;
    @Autowired CertificationService certification;
    @Autowired CertificationRegister certificationRegister;
    @Autowired CertifiedCopyCheck certifiedCopyCheck;
    @Autowired ArchiveProperties properties;

    static Path paper;
    static Path blank;

    @BeforeAll
    static void fixtures() throws Exception {
        if (Security.getProvider("BC") == null) Security.addProvider(new BouncyCastleProvider());
        paper = CounterFixtures.paperPage(files.resolve("ban-chinh.png"), "GIẤY XÁC NHẬN",
                "Xác nhận ông Lý Hữu Đạt đã hoàn thành khóa đào tạo",
                "về an toàn thực phẩm ngày 12 tháng 3 năm 2024.");
        blank = CounterFixtures.blankPage(files.resolve("trang-trang.png"));
    }

    record Run(int exit, String out, String err) {
        List<JsonNode> jsonLines() {
            return out.lines().filter(l -> l.startsWith("{")).map(l -> JSON.readTree(l)).toList();
        }
    }

    /** Runs {@code bin/archive ARGS} inside this context, as CommandLineRunnerConfiguration does. */
    synchronized Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = new CommandLine(ArchiveCommand.class, new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> cls) throws Exception {
                    return cls.getPackageName().startsWith("vn.sogoc.archive") ? beans.createBean(cls)
                            : CommandLine.defaultFactory().create(cls);
                }
            });
            int exit = cli.execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    @Order(1)
    void holderShowListsTheHoldersResultsAuditsTheReadAndRefusesABadId() throws Exception {
        importer.importFile(SAMPLES.resolve("register.csv"));

        Run run = cli("holder", "show", ENTERPRISE, "--json");
        Run bad = cli("holder", "show", "03643840");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.jsonLines()).anySatisfy(d -> {
            assertThat(d.get("kind").asString()).isEqualTo("RESULT");
            assertThat(d.get("document_id").asString()).isEqualTo("SG-2013-00004");
            assertThat(d.get("number").asString()).isEqualTo("59317/ĐKKDD-HCM");
            assertThat(d.get("in_force").asBoolean()).isTrue();
        });
        assertThat(run.jsonLines()).allSatisfy(d -> assertThat(d.get("holder_id").asString()).isEqualTo(ENTERPRISE));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("invalid holder ID '03643840'").contains("8 digits");
        List<Map<String, Object>> reads = jdbc.sql("SELECT actor, subject_id FROM audit_entry WHERE action = 'HOLDER_READ'")
                .query().listOfRows();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("SUBJECT_ID")).isEqualTo(ENTERPRISE);
        assertThat((String) reads.get(0).get("ACTOR")).startsWith("cli:");
    }

    @Test
    @Order(2)
    void resultIssueSignsRegistersArchivesAndIndexesABornDigitalResultAndRefusesADuplicate() throws Exception {
        Path pdf = CounterFixtures.bornDigitalPdf(files.resolve("ket-qua.pdf"), "SỞ Y TẾ (DEMO)",
                "GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM", "Số: 101/2026/ATTP-CNĐK",
                "Cấp cho: Công ty TNHH Dược phẩm Á Châu", "Có hiệu lực đến ngày 14/01/2029");

        Run run = cli("result", "issue", pdf.toString(), "--type", "ATTP_CSDK", "--number", "101/2026/ATTP-CNĐK",
                "--holder", ENTERPRISE, "--issued-on", "2026-01-15", "--valid-until", "2029-01-14",
                "--signer", "Trần Minh Khoa (DEMO), Phó Giám đốc");
        Run duplicate = cli("result", "issue", pdf.toString(), "--type", "ATTP_CSDK", "--number", "101/2026/ATTP-CNĐK",
                "--holder", ENTERPRISE, "--issued-on", "2026-03-01", "--signer", "Trần Minh Khoa (DEMO), Phó Giám đốc");
        Run badNumber = cli("result", "issue", pdf.toString(), "--type", "ATTP_CSDK", "--number", "101 / 2026",
                "--holder", ENTERPRISE, "--issued-on", "2026-03-01", "--signer", "Trần Minh Khoa (DEMO), Phó Giám đốc");

        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("SG-2026-E00001").contains("converted to PDF/A");
        Map<String, Object> entry = jdbc.sql("SELECT * FROM register_entry WHERE register_no = 'SG-2026-E00001'").query().singleRow();
        assertThat(entry.get("BORN_DIGITAL")).isEqualTo(true);
        assertThat(entry.get("DIGITIZED")).isEqualTo(true);
        assertThat(entry.get("HOLDER_NAME")).isEqualTo("Công ty TNHH Dược phẩm Á Châu");
        Path archived = fetch((String) entry.get("OBJECT_KEY"), (String) entry.get("SHA256"));
        assertThat(dss(archived)).containsExactly("TOTAL_PASSED", "TOTAL_PASSED");
        assertThat(isPdfA(archived)).isTrue();
        assertThat(index.search("101/2026/ATTP-CNĐK", 5)).extracting(h -> h.registerNo()).contains("SG-2026-E00001");
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).contains("DUPLICATE").contains("already in the master register");
        assertThat(badNumber.exit()).isEqualTo(1);
        assertThat(badNumber.err()).contains("BAD_NUMBER");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM register_entry WHERE born_digital").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void dossierReceiveDigitizesPaperComponentsAndRecordsReuseFromTheWarehouse() throws Exception {
        Run suggest = cli("dossier", "receive", "--holder", ENTERPRISE, "--suggest");
        Run receive = cli("dossier", "receive", "--code", "HS-2026-000123", "--procedure", "1.001234", "--holder", ENTERPRISE,
                "--reuse", "SG-2026-E00001", paper.toString());
        Run foreign = cli("dossier", "receive", "--code", "HS-2026-000124", "--procedure", "1.001234", "--holder", CITIZEN,
                "--reuse", "SG-2026-E00001");
        Run again = cli("dossier", "receive", "--code", "HS-2026-000123", "--procedure", "1.001234", "--holder", ENTERPRISE,
                "--reuse", "SG-2026-E00001");

        assertThat(suggest.out()).contains("--reuse SG-2026-E00001");
        assertThat(receive.exit()).as(receive.err()).isZero();
        assertThat(receive.out()).contains("reuses: có / yes").contains("fully digitized: có / yes");
        List<Map<String, Object>> components = jdbc.sql(
                "SELECT * FROM dossier_component WHERE dossier_code = 'HS-2026-000123' ORDER BY seq").query().listOfRows();
        assertThat(components).hasSize(2);
        assertThat(components.get(0).get("SOURCE")).isEqualTo("REUSED");
        assertThat(components.get(0).get("REUSED_DOCUMENT_ID")).isEqualTo("SG-2026-E00001");
        assertThat(components.get(1).get("SOURCE")).isEqualTo("SCANNED");
        assertThat(components.get(1).get("DIGITIZED")).isEqualTo(true);
        Path scanned = fetch((String) components.get(1).get("OBJECT_KEY"), (String) components.get(1).get("SHA256"));
        assertThat(dss(scanned)).containsExactly("TOTAL_PASSED");
        assertThat(text(scanned)).contains("hoàn thành");
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.err()).contains("NOT_REUSABLE");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("DUPLICATE");
        Run warehouse = cli("holder", "show", ENTERPRISE, "--json");
        assertThat(warehouse.jsonLines()).extracting(d -> d.get("kind").asString())
                .contains("RESULT", "DOSSIER_DOCUMENT");
    }

    @Test
    @Order(4)
    void reuseAndDigitizationRatesOnAKnownSetOfDossiers() {
        // five dossiers received in March 2020: A reuses and is digitized; B scanned, digitized; C scanned, one
        // component not digitized; D reuses but has a component not digitized; E only reuses.
        OffsetDateTime march = OffsetDateTime.of(2020, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        String[][] components = {{"A", "REUSED", "true"}, {"A", "SCANNED", "true"}, {"B", "SCANNED", "true"},
            {"C", "SCANNED", "true"}, {"C", "SCANNED", "false"}, {"D", "REUSED", "true"}, {"D", "SCANNED", "false"},
            {"E", "REUSED", "true"}};
        for (String code : List.of("A", "B", "C", "D", "E")) {
            jdbc.sql("INSERT INTO dossier VALUES (?, '1.0001', ?, ?, 'test')").params("T-" + code, ENTERPRISE, march).update();
        }
        int seq = 0;
        for (String[] c : components) {
            seq++;
            jdbc.sql("""
                    INSERT INTO dossier_component (component_id, dossier_code, seq, source, holder_id, title, digitized, created_at)
                    VALUES (?, ?, ?, ?, ?, 'x', ?, ?)""")
                    .params("T-" + c[0] + "-" + seq, "T-" + c[0], seq, c[1], ENTERPRISE, Boolean.parseBoolean(c[2]), march).update();
        }
        jdbc.sql("INSERT INTO dossier VALUES ('T-F', '1.0001', ?, ?, 'test')").params(ENTERPRISE, march.plusMonths(1)).update();

        DossierStatistics.Rates rates = statistics.rates(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
        Run stats = cli("dossier", "stats", "--from", "2020-03-01", "--to", "2020-03-31");

        assertThat(rates.dossiers()).isEqualTo(5);
        assertThat(rates.reusing()).isEqualTo(3);
        assertThat(rates.fullyDigitized()).isEqualTo(3);
        assertThat(rates.reuseRate()).isEqualTo(0.6);
        assertThat(rates.digitizationRate()).isEqualTo(0.6);
        assertThat(stats.out()).contains("dossiers: 5").contains("(60.0%)");
        assertThat(statistics.rates(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)).dossiers()).isZero();

        // the progress report (issue 5) carries the same rates, counted up to its day
        DossierStatistics.Rates upToMarch = statistics.rates(null, LocalDate.of(2020, 3, 31));
        Run report = cli("report", "progress", "--as-of", "2020-03-31", "--format", "csv");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("2020-03-31,DOSSIER_REUSE_RATE,ALL," + upToMarch.dossiers() + "," + upToMarch.reusing())
                .contains("DOSSIER_DIGITIZATION_RATE,ALL," + upToMarch.dossiers() + "," + upToMarch.fullyDigitized());
        assertThat(upToMarch.dossiers()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(5)
    void certifyMakesAPdfaCopyWithoutBlankPagesTheStatementAndTwoPassingSignatures() throws Exception {
        Path out = files.resolve("ban-sao-1.pdf");

        Run run = cli("certify", "--holder", CITIZEN, "--requester", "Lý Hữu Đạt", "--original", paper.toString(),
                blank.toString(), "--pages", "2", "--out", out.toString());
        Run list = cli("certify", "list", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("số 1/").contains("blank pages dropped: [2]");
        assertThat(dss(out)).containsExactly("TOTAL_PASSED", "TOTAL_PASSED");
        assertThat(isPdfA(out)).isTrue();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(out)).contains("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH").contains("Số chứng thực: 1")
                .contains("Quyển số: 01/" + LocalDate.now().getYear()).contains("Phó Trưởng phòng Tư pháp")
                .contains("hoàn thành");
        JsonNode line = list.jsonLines().get(0);
        assertThat(line.get("number").asInt()).isEqualTo(1);
        assertThat(line.get("holder_id").asString()).isEqualTo(CITIZEN);
        assertThat(line.get("requester").asString()).isEqualTo("Lý Hữu Đạt");
        assertThat(line.get("sha256").asString()).isEqualTo(Hashes.sha256(out));
        assertThat(line.get("pages").asInt()).isEqualTo(1);
        assertThat(line.get("original_pages").asInt()).isEqualTo(2);
        assertThat(certifiedCopyCheck.check(Hashes.sha256(out))).isPresent();
        Run verified = cli("verify", out.toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("HỢP LỆ / VALID").doesNotContain("INVALID").contains("có trong sổ chứng thực");
        assertThat(cli("holder", "show", CITIZEN, "--json").jsonLines())
                .anySatisfy(d -> assertThat(d.get("kind").asString()).isEqualTo("CERTIFIED_COPY"));
        Path month = files.resolve("so-thang.pdf");
        Run printed = cli("certify", "register", "--month", java.time.YearMonth.now().toString(), "--out", month.toString());
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(text(month)).contains("SỔ CHỨNG THỰC").contains("Lý Hữu Đạt").contains(line.get("sha256").asString().substring(0, 20));
        assertThat(isPdfA(month)).as("the monthly register is PDF/A-2b").isTrue();
        assertThat(dss(month)).as("signed by the organisation").containsExactly("TOTAL_PASSED");
    }

    @Test
    @Order(6)
    void refusalsAndAFailedSigningTakeNoNumber() throws Exception {
        Path notAScan = Files.writeString(files.resolve("ghi-chu.png"), "không phải ảnh");
        Path out = files.resolve("refused.pdf");

        assertThat(refusal(new CertificationRequest("12345678901", "A", List.of(paper), null, null, null))).isEqualTo("INVALID_HOLDER");
        assertThat(refusal(new CertificationRequest(CITIZEN, "A", List.of(blank), null, null, null))).isEqualTo("BLANK");
        assertThat(refusal(new CertificationRequest(CITIZEN, "A", List.of(), null, null, null))).isEqualTo("NO_PAGES");
        assertThat(refusal(new CertificationRequest(CITIZEN, "A", List.of(paper), 0, null, null))).isEqualTo("NO_PAGES");
        assertThat(refusal(new CertificationRequest(CITIZEN, "A", List.of(notAScan), null, null, null))).isEqualTo("UNREADABLE");
        assertThat(refusal(new CertificationRequest(CITIZEN, "A", List.of(paper), 3, null, null))).isEqualTo("PAGE_COUNT");
        Run cliRefusal = cli("certify", "--holder", "0112134235-01", "--requester", "A", "--original", paper.toString(),
                "--out", out.toString());
        assertThat(cliRefusal.exit()).isEqualTo(1);
        assertThat(cliRefusal.err()).contains("INVALID_HOLDER");
        assertThat(out).doesNotExist();

        DocumentSigner failing = (in, signed, request) -> { throw new IOException("HSM không phản hồi / HSM unavailable"); };
        CountersignedSigning failingOrganisation = new CountersignedSigning(failing, beans.getBean(PersonalSigners.class),
                beans.getBean(CounterProperties.class), properties);
        CertificationService broken = new CertificationService(beans.getBean(DocumentDigitizer.class), failingOrganisation,
                beans.getBean(ObjectStore.class), beans.getBean(NumberedTransactions.class), certificationRegister,
                beans.getBean(AuditTrail.class), beans.getBean(DocumentTitles.class), beans.getBean(CounterProperties.class),
                properties);
        assertThatThrownBy(() -> broken.certify(new CertificationRequest(CITIZEN, "B", List.of(paper), null, null, null), out))
                .hasMessageContaining("HSM unavailable");
        assertThat(out).doesNotExist();

        CertifiedCopy next = certification.certify(new CertificationRequest(CITIZEN, "C", List.of(paper), 1, "Giấy xác nhận", null),
                files.resolve("ban-sao-2.pdf"));

        assertThat(next.line().seq()).isEqualTo(2);
        assertThat(certificationRegister.year(null)).extracting(CertificationLine::seq).containsExactly(1, 2);
    }

    @Test
    @Order(7)
    void eightClerksAtOnceGetConsecutiveNumbersWithNoGapOrDuplicate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<CertifiedCopy>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            futures.add(pool.submit(() -> certification.certify(new CertificationRequest(CITIZEN, "Người " + n, List.of(paper),
                    null, "Giấy xác nhận", null), files.resolve("song-song-" + n + ".pdf"))));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<CertifiedCopy> f : futures) numbers.add(f.get().line().seq());
        pool.shutdown();
        Collections.sort(numbers);

        assertThat(numbers).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(certificationRegister.year(null)).extracting(CertificationLine::seq)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(certificationRegister.year(null)).extracting(CertificationLine::sha256).doesNotHaveDuplicates();
        assertThat(dss(files.resolve("song-song-7.pdf"))).containsExactly("TOTAL_PASSED", "TOTAL_PASSED");
    }

    private String refusal(CertificationRequest request) throws IOException {
        try {
            certification.certify(request, files.resolve("refused.pdf"));
            return "CERTIFIED";
        } catch (CertificationRefusedException e) {
            return e.code();
        }
    }

    private Path fetch(String key, String sha256) throws IOException {
        Path file = Files.createTempFile(files, "fetched-", ".pdf");
        try (var in = beans.getBean(ObjectStore.class).open(key)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Hashes.sha256(file)).isEqualTo(sha256);
        return file;
    }

    private List<String> dss(Path pdf) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(properties.pkiDir().resolve("root-ca.pem").toFile()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        return report.getSignatureIdList().stream().map(id -> String.valueOf(report.getIndication(id))).toList();
    }

    private static boolean isPdfA(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile());
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return parser.getFlavour() == PDFAFlavour.PDFA_2_B && validator.validate(parser).isCompliant();
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
