package vn.sogoc.archive.app.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.ValidationResult;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;

import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.samples.GroundTruth;
import vn.sogoc.archive.samples.GroundTruthJson;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * The digitization job end to end on the real parts (Tesseract, PDFBox, iText, S3Proxy behind the MinIO
 * SDK, Lucene, H2) over the bundled demo set, checked against its ground truth.
 */
@org.springframework.test.annotation.DirtiesContext  // close the context before its @TempDir home is deleted
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigitizationJobFunctionalTests {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
    }

    @Autowired RegisterImporter importer;
    @Autowired DigitizeJobRunner runner;
    @Autowired ScanRecords records;
    @Autowired JdbcRegister register;
    @Autowired ObjectStore store;
    @Autowired SearchIndex index;
    @Autowired DigitizeProgress progress;

    static Map<String, GroundTruth> truth;

    @BeforeAll
    static void readTruth() throws Exception {
        truth = GroundTruthJson.read(SAMPLES.resolve("ground-truth.jsonl")).stream()
                .collect(Collectors.toMap(GroundTruth::file, Function.identity()));
        if (Security.getProvider("BC") == null) Security.addProvider(new BouncyCastleProvider());
    }

    @Test
    @Order(1)
    void digitizesTheDemoSetAsItsGroundTruthSays() throws Exception {
        // given the sample register
        importer.importFile(SAMPLES.resolve("register.csv"));
        progress.setEnabled(false);

        // when the job runs over the sample scans
        DigitizeJobRunner.RunSummary summary = runner.run(SAMPLES.resolve("scans"), AS_OF, null);

        // then every scan has the outcome its ground truth expects
        assertThat(summary.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<ScanOutcome> outcomes = new ArrayList<>();
        records.forEach(outcomes::add);
        assertThat(outcomes).extracting(ScanOutcome::source).containsExactlyInAnyOrderElementsOf(truth.keySet());
        for (ScanOutcome o : outcomes) {
            GroundTruth t = truth.get(o.source());
            assertThat(o.status()).as(o.source() + " status (" + o.reasonDetail() + ")").isEqualTo(t.expectedStatus());
            assertThat(o.reason()).as(o.source() + " reason").isEqualTo(t.expectedReason());
            if (t.expectedStatus() == RecordStatus.ARCHIVED) {
                assertThat(o.registerNo()).as(o.source()).isEqualTo(t.registerNo());
                assertThat(o.pages()).as(o.source()).isEqualTo(t.pages());
                assertThat(register.digitizedState(t.registerNo())).as(t.registerNo() + " marked digitized").isPresent();
            }
        }
        assertThat(summary.count("ARCHIVED")).isEqualTo((int) truth.values().stream()
                .filter(t -> t.expectedStatus() == RecordStatus.ARCHIVED).count());
    }

    @Test
    @Order(2)
    void archivedPdfsArePdfaSignedAndMatchTheirSha256() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        List<ScanOutcome> archived = new ArrayList<>();
        records.forEach(o -> { if (o.archived()) archived.add(o); });
        assertThat(archived).isNotEmpty();
        for (ScanOutcome o : archived) {
            Path pdf = home.resolve(o.registerNo() + ".pdf");
            try (InputStream in = store.open(o.objectKey())) {
                Files.copy(in, pdf);
            }
            assertThat(Hashes.sha256(pdf)).isEqualTo(o.sha256());
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new FileInputStream(pdf.toFile()))) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
                ValidationResult result = validator.validate(parser);
                assertThat(result.isCompliant()).as(o.source() + " PDF/A (" + parser.getFlavour() + ")").isTrue();
            }
            try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()))) {
                SignatureUtil util = new SignatureUtil(doc);
                assertThat(util.getSignatureNames()).as(o.source() + " signatures").hasSize(1);
                String name = util.getSignatureNames().get(0);
                // B-LT appends the validation data (DSS) after the signature, so it covers its own revision
                PdfPKCS7 pkcs7 = util.readSignatureData(name);
                assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).as(o.source() + " signature intact").isTrue();
                assertThat(pkcs7.getTimeStampTokenInfo()).as("timestamped (B-T or better)").isNotNull();
            }
        }
    }

    @Test
    @Order(3)
    void searchFindsArchivedRecordsWithoutDiacriticsAndByNumber() throws Exception {
        GroundTruth food = truth.values().stream()
                .filter(t -> t.expectedStatus() == RecordStatus.ARCHIVED && t.typeCode().equals("ATTP_CSDK"))
                .findFirst().orElseThrow();
        List<SearchHit> hits = index.search("giay chung nhan co so du dieu kien an toan thuc pham", 10);
        assertThat(hits).extracting(SearchHit::registerNo).contains(food.registerNo());
        assertThat(index.search(food.number(), 3).get(0).registerNo()).isEqualTo(food.registerNo());
        String plainHolder = vn.sogoc.archive.text.VietnameseText.fold(food.holderName());
        assertThat(index.search(plainHolder, 3).get(0).registerNo()).isEqualTo(food.registerNo());
    }

    @Test
    @Order(4)
    void runningAgainArchivesNothingTwice() throws Exception {
        int before = countRecords();
        DigitizeJobRunner.RunSummary again = runner.run(SAMPLES.resolve("scans"), AS_OF, null);
        assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.duplicates()).isEqualTo(truth.size());
        assertThat(countRecords()).isEqualTo(before);
    }

    private int countRecords() {
        int[] n = {0};
        records.forEach(o -> n[0]++);
        return n[0];
    }
}
