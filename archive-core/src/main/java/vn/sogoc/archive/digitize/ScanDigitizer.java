package vn.sogoc.archive.digitize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanReader;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.capture.UnsupportedFormatException;
import vn.sogoc.archive.classify.Classification;
import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.classify.MetadataExtractor;
import vn.sogoc.archive.classify.ResultClassifier;
import vn.sogoc.archive.ocr.PageRecognizer;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.ocr.RecognizedPage;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.SearchablePdf;
import vn.sogoc.archive.pdf.SearchablePdfWriter;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterLookup;
import vn.sogoc.archive.register.RegisterMatch;
import vn.sogoc.archive.register.RegisterMatcher;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.timing.Stage;
import vn.sogoc.archive.timing.StageTimes;

/**
 * Digitizes one scan file, top to bottom: intake → pages (upright, deskewed, read) → searchable PDF/A
 * → classify and extract → match to the master register → sign → store. Idempotent: every key it
 * writes derives from the scan's SHA-256 and the register number, so redoing a file after a crash
 * overwrites the same objects. Indexing and the register update are the caller's (transactional) job.
 */
public final class ScanDigitizer {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final ScanReader reader;
    private final Supplier<PageRecognizer> recognizer;
    private final SearchablePdfWriter pdfWriter;
    private final ResultClassifier classifier;
    private final MetadataExtractor extractor;
    private final RegisterMatcher matcher;
    private final RegisterLookup register;
    private final DocumentSigner signer;
    private final ObjectStore store;
    private final DigitizationSettings settings;
    private final Path workDir;

    /** @param recognizer gives the calling thread its own recognizer (Tesseract is not thread-safe) */
    public ScanDigitizer(ScanReader reader, Supplier<PageRecognizer> recognizer, SearchablePdfWriter pdfWriter,
                         ResultClassifier classifier, MetadataExtractor extractor, RegisterMatcher matcher,
                         RegisterLookup register, DocumentSigner signer, ObjectStore store,
                         DigitizationSettings settings, Path workDir) {
        this.reader = reader;
        this.recognizer = recognizer;
        this.pdfWriter = pdfWriter;
        this.classifier = classifier;
        this.extractor = extractor;
        this.matcher = matcher;
        this.register = register;
        this.signer = signer;
        this.store = store;
        this.settings = settings;
        this.workDir = workDir;
    }

    public ScanOutcome digitize(ScanFile scan, LocalDate asOf) throws IOException {
        if (scan.size() == 0) {
            return rejected(scan, OutcomeReason.EMPTY_FILE, scan.source() + ": tệp rỗng (0 byte)");
        }
        Files.createDirectories(workDir);
        Path unsigned = Files.createTempFile(workDir, "unsigned-", ".pdf");
        Path signed = Files.createTempFile(workDir, "signed-", ".pdf");
        try {
            return digitize(scan, asOf, unsigned, signed);
        } finally {
            Files.deleteIfExists(unsigned);
            Files.deleteIfExists(signed);
        }
    }

    private ScanOutcome digitize(ScanFile scan, LocalDate asOf, Path unsigned, Path signed) throws IOException {
        String originalKey = ObjectKeys.original(scan.sha256(), scan.source());
        List<PageText> texts = new ArrayList<>();
        try (ScanSource source = reader.open(scan.path())) {
            if (source.pageCount() == 0) {
                return review(scan, OutcomeReason.UNREADABLE, null, scan.source() + ": tệp không có trang nào", List.of(), 0);
            }
            if (source.pageCount() > settings.maxPages()) {
                storeOriginal(scan, originalKey);
                return review(scan, OutcomeReason.TOO_LARGE, null, scan.source() + ": " + source.pageCount()
                        + " trang, vượt giới hạn " + settings.maxPages(), List.of(), source.pageCount());
            }
            try (SearchablePdf pdf = createPdf(scan)) {
                for (int i = 0; i < source.pageCount(); i++) {
                    PageImage image = source.page(i);
                    Optional<PageText> embedded = source.embeddedText(i);
                    if (embedded.isPresent()) {
                        addPage(pdf, image, embedded.get());
                        texts.add(embedded.get());
                    } else {
                        RecognizedPage page = recognizer.get().recognize(image);
                        addPage(pdf, page.page(), page.text());
                        texts.add(page.text());
                    }
                }
                try (StageTimes.Span s = StageTimes.start(Stage.PDF)) {
                    pdf.save(unsigned);
                }
            }
        } catch (UnsupportedFormatException e) {
            return rejected(scan, OutcomeReason.UNSUPPORTED_FORMAT, e.getMessage());
        } catch (UnreadableScanException e) {
            storeOriginal(scan, originalKey);
            return review(scan, OutcomeReason.UNREADABLE, null, e.getMessage(), texts, texts.size());
        } catch (IOException | RuntimeException e) {
            storeOriginal(scan, originalKey);
            return review(scan, OutcomeReason.UNREADABLE, null,
                    scan.source() + ": không đọc được (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    texts, texts.size());
        }
        storeOriginal(scan, originalKey);

        String text = joinText(texts);
        if (text.isBlank()) {
            storeReviewPdf(scan, unsigned);
            return review(scan, OutcomeReason.BLANK, null, scan.source() + ": không nhận dạng được chữ nào", texts, texts.size());
        }
        Facts facts;
        OutcomeReason problem;
        try (StageTimes.Span s = StageTimes.start(Stage.CLASSIFY_MATCH)) {
            Classification type = classifier.classify(text);
            ExtractedMetadata meta = extractor.extract(text, type.typeCode());
            RegisterMatch match = matcher.match(meta, type.typeCode(), text);
            facts = new Facts(type, meta, match);
            problem = problemWith(scan, facts, asOf);
        }
        if (problem != null) {
            storeReviewPdf(scan, unsigned);
            return review(scan, problem, facts, detail(scan, problem, facts, asOf), texts, texts.size());
        }
        RegisterEntry entry = facts.match().entry();
        String key = ObjectKeys.record(entry.typeCode(), entry.issuedOn() == null ? null : entry.issuedOn().getYear(),
                entry.registerNo(), scan.sha256());
        StoredObject stored;
        try (StageTimes.Span s = StageTimes.start(Stage.STORE)) {
            stored = store.stat(key).orElse(null);
        }
        OffsetDateTime signedAt;
        if (stored != null && scan.sha256().equals(stored.metadata().get("source-sha256"))
                && stored.metadata().get("signed-at") != null) {
            // Redo after a crash: this scan was signed and stored already; objects are write-once.
            signedAt = OffsetDateTime.parse(stored.metadata().get("signed-at"));
        } else {
            SignatureResult signature;
            try (StageTimes.Span s = StageTimes.start(Stage.SIGN)) {
                signature = signer.sign(unsigned, signed, new SignatureRequest(
                        settings.signatureLabel(), settings.organisation(),
                        "Số hóa kết quả TTHC " + entry.number() + " (sổ gốc " + entry.registerNo() + ")",
                        settings.signatureLevel()));
            }
            signedAt = signature.signingTime();
            try (StageTimes.Span s = StageTimes.start(Stage.STORE)) {
                stored = store.put(key, signed, "application/pdf", Map.of(
                        "source-sha256", scan.sha256(), "register-no", entry.registerNo(),
                        "type-code", String.valueOf(entry.typeCode()), "signed-at", signedAt.toString(),
                        "signature-level", signature.level().name()));
            }
        }
        return new ScanOutcome(scan.source(), scan.sha256(), RecordStatus.ARCHIVED, null, null, entry.registerNo(),
                entry.typeCode(), entry.number(), entry.holderName(), entry.holderId(), entry.issuedOn(),
                entry.validUntil(), entry.issuer(), meanConfidence(texts), texts.size(), text, stored.key(),
                stored.sha256(), originalKey, signedAt, stored.size());
    }

    private record Facts(Classification type, ExtractedMetadata meta, RegisterMatch match) { }

    private OutcomeReason problemWith(ScanFile scan, Facts f, LocalDate asOf) {
        switch (f.match().kind()) {
            case AMBIGUOUS: return OutcomeReason.AMBIGUOUS;
            case NONE: return f.meta().number() == null ? OutcomeReason.NO_NUMBER : OutcomeReason.UNMATCHED;
            default: break;
        }
        RegisterEntry entry = f.match().entry();
        if (!entry.inForceOn(asOf)) return OutcomeReason.NOT_IN_FORCE;
        Optional<String> from = register.digitizedFromSource(entry.registerNo());
        if (from.isPresent() && !from.get().equals(scan.sha256())) return OutcomeReason.ALREADY_DIGITIZED;
        return null;
    }

    private String detail(ScanFile scan, OutcomeReason reason, Facts f, LocalDate asOf) {
        String read = f.meta().number() == null ? "" : " (số đọc được: " + f.meta().number() + ")";
        return switch (reason) {
            case AMBIGUOUS -> scan.source() + ": khớp " + f.match().candidates().size() + " mục sổ gốc "
                    + f.match().candidates().stream().map(RegisterEntry::registerNo).toList() + read;
            case NOT_IN_FORCE -> scan.source() + ": mục " + f.match().entry().registerNo() + " ("
                    + f.match().entry().status() + ", hiệu lực đến " + f.match().entry().validUntil()
                    + ") không còn hiệu lực ngày " + asOf;
            case ALREADY_DIGITIZED -> scan.source() + ": mục " + f.match().entry().registerNo()
                    + " đã được số hóa từ bản quét khác";
            default -> scan.source() + ": " + reason.vietnamese() + read;
        };
    }

    private ScanOutcome review(ScanFile scan, OutcomeReason reason, Facts f, String detail, List<PageText> texts,
                               int pages) {
        ExtractedMetadata m = f == null ? ExtractedMetadata.empty() : f.meta();
        RegisterEntry e = f == null ? null : f.match().entry();
        String typeCode = e != null ? e.typeCode() : f == null ? null : f.type().typeCode();
        return new ScanOutcome(scan.source(), scan.sha256(), RecordStatus.REVIEW, reason, detail,
                e == null ? null : e.registerNo(), typeCode, m.number(), m.holderName(), m.holderId(), m.issuedOn(),
                m.validUntil(), m.issuer(), texts.isEmpty() ? null : meanConfidence(texts), pages, joinText(texts),
                texts.isEmpty() ? null : ObjectKeys.review(scan.sha256()), null,
                ObjectKeys.original(scan.sha256(), scan.source()), null, 0);
    }

    private ScanOutcome rejected(ScanFile scan, OutcomeReason reason, String detail) {
        return new ScanOutcome(scan.source(), scan.sha256(), RecordStatus.REJECTED, reason, detail, null, null, null,
                null, null, null, null, null, null, 0, "", null, null, null, null, 0);
    }

    /** Objects are write-once: what a redo finds already stored is kept as it is. */
    private void storeOriginal(ScanFile scan, String key) throws IOException {
        try (StageTimes.Span s = StageTimes.start(Stage.STORE)) {
            storeIfAbsent(key, scan.path(), "application/octet-stream", Map.of("source", scan.source()));
        }
    }

    private void storeIfAbsent(String key, Path file, String contentType, Map<String, String> metadata) throws IOException {
        if (store.stat(key).isEmpty()) {
            store.put(key, file, contentType, metadata);
        }
    }

    private void storeReviewPdf(ScanFile scan, Path unsigned) throws IOException {
        try (StageTimes.Span s = StageTimes.start(Stage.STORE)) {
            storeIfAbsent(ObjectKeys.review(scan.sha256()), unsigned, "application/pdf",
                    Map.of("source-sha256", scan.sha256()));
        }
    }

    private static void addPage(SearchablePdf pdf, PageImage image, PageText text) throws IOException {
        try (StageTimes.Span s = StageTimes.start(Stage.PDF)) {
            pdf.addPage(image, text);
        }
    }

    private SearchablePdf createPdf(ScanFile scan) throws IOException {
        try (StageTimes.Span s = StageTimes.start(Stage.PDF)) {
            return pdfWriter.create(pdfMetadata(scan));
        }
    }

    private PdfMetadata pdfMetadata(ScanFile scan) {
        return new PdfMetadata(scan.source(), "Kết quả TTHC số hóa", settings.organisation(), "sha256:" + scan.sha256(),
                OffsetDateTime.now(VIETNAM), "vi");
    }

    private static String joinText(List<PageText> texts) {
        StringBuilder b = new StringBuilder();
        for (PageText t : texts) {
            if (t.isBlank()) continue;
            if (b.length() > 0) b.append("\n\f\n");
            b.append(t.text().strip());
        }
        return b.toString();
    }

    private static Double meanConfidence(List<PageText> texts) {
        return texts.stream().filter(t -> !t.isBlank()).mapToDouble(PageText::meanConfidence).average().orElse(0);
    }
}
