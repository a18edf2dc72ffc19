package vn.sogoc.archive.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanReader;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.capture.UnsupportedFormatException;
import vn.sogoc.archive.classify.Classification;
import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.ocr.RecognizedPage;
import vn.sogoc.archive.pdf.SearchablePdf;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterLookup;
import vn.sogoc.archive.register.RegisterMatch;
import vn.sogoc.archive.register.RegisterStatus;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.text.Hashes;

/** The pipeline's decisions, with test doubles for every adapter (the real ones run in batch-jobs' functional tests). */
class ScanDigitizerTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final RegisterEntry ACTIVE = new RegisterEntry("SG-1", "ATTP_CSDK", "8390/2021/ATTP-CNĐK", "Công ty A", "0312345678",
            LocalDate.of(2021, 9, 26), LocalDate.of(2027, 9, 25), RegisterStatus.ACTIVE, "CỤC ATTP", "ATTP");
    static final RegisterEntry EXPIRED = new RegisterEntry("SG-2", "ATTP_CSDK", "8391/2021/ATTP-CNĐK", "Công ty B", "0312345679",
            LocalDate.of(2021, 9, 26), LocalDate.of(2024, 9, 25), RegisterStatus.ACTIVE, "CỤC ATTP", "ATTP");

    @TempDir Path dir;
    MapStore store;
    AtomicInteger signatures;
    Map<String, String> digitizedFrom;
    RegisterMatch nextMatch;
    boolean unsupported;
    String pageText;

    @BeforeEach
    void setUp() {
        store = new MapStore();
        signatures = new AtomicInteger();
        digitizedFrom = new HashMap<>();
        nextMatch = RegisterMatch.matched(ACTIVE, 0);
        unsupported = false;
        pageText = "Số: 8390/2021/ATTP-CNĐK";
    }

    ScanDigitizer digitizer() {
        ScanReader reader = file -> {
            if (unsupported) throw new UnsupportedFormatException(file, "content is text/plain");
            return new OnePage();
        };
        RegisterLookup lookup = new RegisterLookup() {
            public Optional<RegisterEntry> findByRegisterNo(String no) { return Optional.empty(); }
            public List<RegisterEntry> allEntries() { return List.of(ACTIVE, EXPIRED); }
            public Optional<String> digitizedFromSource(String no) { return Optional.ofNullable(digitizedFrom.get(no)); }
        };
        return new ScanDigitizer(reader,
                () -> page -> new RecognizedPage(page, new PageText(pageText, List.of(), 91), 0, 0),
                meta -> new FakePdf(),
                text -> new Classification("ATTP_CSDK", 0.9),
                (text, type) -> new ExtractedMetadata("8390/2021/ATTP-CNĐK", null, null, null, null, null),
                (meta, type, text) -> nextMatch,
                lookup,
                (in, out, req) -> {
                    signatures.incrementAndGet();
                    Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(out, "signed:" + req.label(), java.nio.file.StandardOpenOption.APPEND);
                    return new SignatureResult(OffsetDateTime.parse("2026-11-25T10:00:00+07:00"), SignatureLevel.B_LT, "CN=demo");
                },
                store, new DigitizationSettings("SỞ Y TẾ", "SAO Y", SignatureLevel.B_LT, 10), dir.resolve("work"));
    }

    ScanFile scan(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return new ScanFile(f, name, Hashes.sha256(f), Files.size(f));
    }

    @Test
    void archivesAMatchedResultInForceSignedAndStoredUnderItsKey() throws IOException {
        ScanFile scan = scan("a.png", "pixels");
        ScanOutcome o = digitizer().digitize(scan, AS_OF);
        assertThat(o.status()).isEqualTo(RecordStatus.ARCHIVED);
        assertThat(o.registerNo()).isEqualTo("SG-1");
        assertThat(o.objectKey()).isEqualTo("records/ATTP_CSDK/2021/SG-1/" + scan.sha256() + ".pdf");
        assertThat(o.sha256()).isEqualTo(Hashes.sha256(store.objects.get(o.objectKey())));
        assertThat(new String(store.objects.get(o.objectKey()))).endsWith("signed:SAO Y");
        assertThat(store.objects).containsKey(ObjectKeys.original(scan.sha256(), "a.png"));
        assertThat(o.signedAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T10:00:00+07:00"));
        assertThat(o.ocrConfidence()).isEqualTo(91.0);
        assertThat(o.text()).contains("8390/2021/ATTP-CNĐK");
    }

    @Test
    void aRedoAfterACrashReusesTheStoredSignedPdfInsteadOfSigningAgain() throws IOException {
        ScanFile scan = scan("a.png", "pixels");
        ScanOutcome first = digitizer().digitize(scan, AS_OF);
        ScanOutcome redo = digitizer().digitize(scan, AS_OF);
        assertThat(signatures.get()).isEqualTo(1);
        assertThat(redo.sha256()).isEqualTo(first.sha256());
        assertThat(redo.signedAt()).isEqualTo(first.signedAt());
    }

    @Test
    void anEntryNotInForceGoesToReviewWithTheUnsignedPdfAndTheOriginalKept() throws IOException {
        nextMatch = RegisterMatch.matched(EXPIRED, 0);
        ScanFile scan = scan("b.jpg", "pixels-b");
        ScanOutcome o = digitizer().digitize(scan, AS_OF);
        assertThat(o.status()).isEqualTo(RecordStatus.REVIEW);
        assertThat(o.reason()).isEqualTo(OutcomeReason.NOT_IN_FORCE);
        assertThat(o.reasonDetail()).contains("b.jpg").contains("SG-2");
        assertThat(signatures.get()).isZero();
        assertThat(store.objects).containsKeys(ObjectKeys.review(scan.sha256()), ObjectKeys.original(scan.sha256(), "b.jpg"));
    }

    @Test
    void ambiguousUnmatchedAndAlreadyDigitizedEntriesGoToReview() throws IOException {
        nextMatch = RegisterMatch.ambiguous(List.of(ACTIVE, EXPIRED));
        assertThat(digitizer().digitize(scan("c.png", "c"), AS_OF).reason()).isEqualTo(OutcomeReason.AMBIGUOUS);
        nextMatch = RegisterMatch.none();
        assertThat(digitizer().digitize(scan("d.png", "d"), AS_OF).reason()).isEqualTo(OutcomeReason.UNMATCHED);
        nextMatch = RegisterMatch.matched(ACTIVE, 0);
        digitizedFrom.put("SG-1", "ANOTHER-SCAN");
        assertThat(digitizer().digitize(scan("e.png", "e"), AS_OF).reason()).isEqualTo(OutcomeReason.ALREADY_DIGITIZED);
        assertThat(signatures.get()).isZero();
    }

    @Test
    void blankPagesGoToReviewAndNonScansAreRejectedWithNothingStored() throws IOException {
        pageText = "  ";
        assertThat(digitizer().digitize(scan("blank.png", "white"), AS_OF).reason()).isEqualTo(OutcomeReason.BLANK);
        pageText = "x";
        unsupported = true;
        int before = store.objects.size();
        ScanOutcome o = digitizer().digitize(scan("notes.txt", "hello"), AS_OF);
        assertThat(o.status()).isEqualTo(RecordStatus.REJECTED);
        assertThat(o.reason()).isEqualTo(OutcomeReason.UNSUPPORTED_FORMAT);
        assertThat(o.reasonDetail()).contains("text/plain");
        assertThat(store.objects).hasSize(before);
        Path empty = dir.resolve("empty.png");
        Files.createFile(empty);
        assertThat(digitizer().digitize(new ScanFile(empty, "empty.png", Hashes.sha256(empty), 0), AS_OF).reason())
                .isEqualTo(OutcomeReason.EMPTY_FILE);
    }

    /** One white page. */
    static final class OnePage implements ScanSource {
        public int pageCount() { return 1; }
        public PageImage page(int i) { return new PageImage(i, new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), 300, ColorKind.GRAY); }
        public void close() { }
    }

    /** Writes the page texts as the "PDF". */
    static final class FakePdf implements SearchablePdf {
        final List<String> pages = new ArrayList<>();
        public void addPage(PageImage image, PageText text) { pages.add(text.text()); }
        public void save(Path out) throws IOException { Files.writeString(out, String.join("\f", pages)); }
        public void close() { }
    }

    /** Write-once in-memory store, as the real one behaves. */
    static final class MapStore implements ObjectStore {
        final Map<String, byte[]> objects = new HashMap<>();
        final Map<String, Map<String, String>> meta = new HashMap<>();

        public StoredObject put(String key, Path file, String contentType, Map<String, String> metadata) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            if (objects.containsKey(key) && !java.util.Arrays.equals(objects.get(key), bytes)) throw new IOException("conflict " + key);
            objects.put(key, bytes);
            meta.put(key, Map.copyOf(metadata));
            return new StoredObject(key, bytes.length, Hashes.sha256(bytes), metadata);
        }

        public InputStream open(String key) { return new ByteArrayInputStream(objects.get(key)); }

        public Optional<StoredObject> stat(String key) {
            byte[] b = objects.get(key);
            return b == null ? Optional.empty() : Optional.of(new StoredObject(key, b.length, Hashes.sha256(b), meta.get(key)));
        }
    }
}
