package vn.sogoc.archive.app.certify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.holders.DocumentTitles;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.digitize.DigitizedDocument;
import vn.sogoc.archive.digitize.DocumentDigitizer;
import vn.sogoc.archive.holder.HolderId;
import vn.sogoc.archive.holder.InvalidHolderIdException;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.text.Hashes;

/**
 * Certifies an electronic copy from a paper original (chứng thực bản sao điện tử từ bản chính): the scan
 * becomes a searchable PDF/A keeping every page that carries information; then, holding the number of the
 * year's book, the statement is written on the last page, the certifying officer and the organisation sign
 * (PAdES), the copy is stored and its line entered in the register — all in one transaction, so a failure
 * anywhere gives the number back: numbers run from 1 per book and year with no gap and no reuse, also
 * with several clerks (threads or processes) at once. Refusals (invalid holder, no pages, unreadable or
 * blank scan) happen before a number is taken.
 */
@Service
public class CertificationService {

    /** Audit action of a certification. */
    public static final String CERTIFIED = "COPY_CERTIFIED";
    /** Prefix of the certification register's key in the shared (book, year) counter. */
    static final String COUNTER_PREFIX = "CT:";

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final DocumentDigitizer digitizer;
    private final CountersignedSigning signing;
    private final ObjectStore store;
    private final NumberedTransactions numbered;
    private final CertificationRegister register;
    private final AuditTrail audit;
    private final DocumentTitles titles;
    private final CounterProperties counter;
    private final ArchiveProperties properties;
    private final Clock clock;

    @Autowired
    public CertificationService(DocumentDigitizer digitizer, CountersignedSigning signing, ObjectStore store,
                                NumberedTransactions numbered, CertificationRegister register, AuditTrail audit,
                                DocumentTitles titles, CounterProperties counter, ArchiveProperties properties) {
        this(digitizer, signing, store, numbered, register, audit, titles, counter, properties, Clock.systemUTC());
    }

    CertificationService(DocumentDigitizer digitizer, CountersignedSigning signing, ObjectStore store,
                         NumberedTransactions numbered, CertificationRegister register, AuditTrail audit,
                         DocumentTitles titles, CounterProperties counter, ArchiveProperties properties, Clock clock) {
        this.digitizer = digitizer;
        this.signing = signing;
        this.store = store;
        this.numbered = numbered;
        this.register = register;
        this.audit = audit;
        this.titles = titles;
        this.counter = counter;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Certifies and writes the signed copy to {@code out} (replaced only once the line is committed).
     *
     * @throws CertificationRefusedException with the reason; no number was taken
     */
    public CertifiedCopy certify(CertificationRequest request, Path out) throws IOException {
        return certify(request, out, counter.certificationBook());
    }

    /** Certifies into {@code book} (the benchmark uses a book of its own, so the office's numbering is untouched). */
    CertifiedCopy certify(CertificationRequest request, Path out, String book) throws IOException {
        HolderId holder = holder(request.holderId());
        String requester = required(request.requester(), "requester", "người yêu cầu");
        Signatory certifier = request.certifier() != null ? request.certifier() : Signatory.parse(counter.certifier());
        if (request.originals().isEmpty()) {
            throw new CertificationRefusedException("NO_PAGES", "Không có bản quét bản chính nào", "no scan of the original given");
        }
        if (request.declaredPages() != null && request.declaredPages() <= 0) {
            throw new CertificationRefusedException("NO_PAGES", "Bản chính phải có ít nhất 1 trang (--pages "
                    + request.declaredPages() + ")", "the original must have at least one page (--pages " + request.declaredPages() + ")");
        }
        for (Path file : request.originals()) {
            if (!Files.isRegularFile(file)) {
                throw new CertificationRefusedException("UNREADABLE", "Không có tệp " + file, "no such file " + file);
            }
        }
        CertificationStatement.requirePrintable("requester", requester);
        CertificationStatement.requirePrintable("certifier", certifier.toString());
        Files.createDirectories(properties.workDir());
        Path unsigned = Files.createTempFile(properties.workDir(), "certify-", ".pdf");
        Path stamped = Files.createTempFile(properties.workDir(), "certify-stamped-", ".pdf");
        Path signed = Files.createTempFile(properties.workDir(), "certify-signed-", ".pdf");
        try {
            long start = System.nanoTime();
            DigitizedDocument document = digitize(request, unsigned);
            String title = request.title() != null && !request.title().isBlank() ? request.title().strip() : title(document);
            CertificationStatement.requirePrintable("title", title);
            String originalSha256 = Hashes.sha256(request.originals().get(0));
            Issue issue = new Issue(holder, requester, certifier, title, document, originalSha256);
            long digitized = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
            CertificationLine line = numbered.run(COUNTER_PREFIX + book, now.getYear(),
                    seq -> signAndRegister(issue, seq, book, now.getYear(), unsigned, stamped, signed));
            long registered = System.nanoTime();
            Path target = out.toAbsolutePath();
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.copy(signed, target, StandardCopyOption.REPLACE_EXISTING);
            return new CertifiedCopy(line, document.blankPages(), (digitized - start) / 1_000_000,
                    (registered - digitized) / 1_000_000);
        } finally {
            for (Path p : List.of(unsigned, stamped, signed)) Files.deleteIfExists(p);
        }
    }

    private record Issue(HolderId holder, String requester, Signatory certifier, String title, DigitizedDocument document,
                         String originalSha256) { }

    private DigitizedDocument digitize(CertificationRequest request, Path unsigned) throws IOException {
        DigitizedDocument document;
        try {
            document = digitizer.digitize(request.originals(), new PdfMetadata("Bản sao chứng thực từ bản chính",
                    "Chứng thực bản sao điện tử từ bản chính", properties.organisation(), "chứng thực; bản sao",
                    OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM), "vi"), unsigned, true, counter.maxPages());
        } catch (UnreadableScanException e) {
            throw new CertificationRefusedException("UNREADABLE", "Không đọc được bản quét: " + e.getMessage(),
                    "the scan cannot be read: " + e.getMessage());
        }
        if (document.pagesRead() == 0) {
            throw new CertificationRefusedException("NO_PAGES", "Bản quét không có trang nào", "the scan has no pages");
        }
        if (document.pagesKept() == 0) {
            throw new CertificationRefusedException("BLANK", "Tất cả " + document.pagesRead() + " trang đều trắng",
                    "all " + document.pagesRead() + " page(s) are blank");
        }
        if (request.declaredPages() != null && request.declaredPages() != document.pagesRead()) {
            throw new CertificationRefusedException("PAGE_COUNT", "Bản quét có " + document.pagesRead()
                    + " trang nhưng bản chính có " + request.declaredPages() + " trang",
                    "the scan has " + document.pagesRead() + " page(s) but the original has " + request.declaredPages());
        }
        return document;
    }

    private CertificationLine signAndRegister(Issue issue, int seq, String book, int year, Path unsigned, Path stamped,
                                              Path signed) throws IOException {
        String id = "CT-" + year + "-" + book.replaceAll("[^A-Za-z0-9]", "_") + "-" + String.format("%06d", seq);
        String number = seq + "/" + year + "/" + counter.certificationSymbol();
        LocalDate today = OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM).toLocalDate();
        CertificationStatement.stamp(unsigned, stamped, new CertificationStatement.Facts(properties.organisation(),
                counter.statement(), seq, book, year, number, today, issue.certifier()));
        String reason = counter.statement() + " — số " + number + ", quyển số " + book + "/" + year;
        SignatureResult organisation = signing.sign(stamped, signed, issue.certifier(), counter.copyLabel(), reason);
        String sha256 = Hashes.sha256(signed);
        String key = "certified/" + year + "/" + id + "/" + sha256 + ".pdf";
        StoredObject stored = store.put(key, signed, "application/pdf", Map.of("certification-id", id,
                "certification-no", number, "holder-id", issue.holder().value(), "signed-at",
                organisation.signingTime().toString(), "signature-level", organisation.level().name()));
        CertificationLine line = new CertificationLine(id, book, year, seq, number, organisation.signingTime(),
                issue.requester(), issue.holder().value(), issue.title(), issue.document().pagesKept(),
                issue.document().pagesRead(), Actors.current(), issue.certifier().name(), issue.certifier().title(),
                issue.originalSha256(), stored.key(), stored.sha256(), stored.size(), organisation.level().name());
        register.insert(line);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("certification_no", number);
        details.put("holder_id", issue.holder().value());
        details.put("requester", issue.requester());
        details.put("pages", Integer.toString(line.pages()));
        details.put("blank_pages", issue.document().blankPages().toString());
        details.put("sha256", stored.sha256());
        details.put("object_key", stored.key());
        details.put("certifier", issue.certifier().toString());
        audit.append(new AuditEvent(CERTIFIED, Actors.current(), "certified_copy", id, id, details));
        return line;
    }

    private String title(DigitizedDocument document) {
        return titles.title(document.text());
    }

    private static HolderId holder(String holderId) {
        try {
            return HolderId.parse(holderId);
        } catch (InvalidHolderIdException e) {
            throw new CertificationRefusedException("INVALID_HOLDER", e.getMessage(), "nothing was certified");
        }
    }

    private static String required(String value, String english, String vietnamese) {
        if (value == null || value.isBlank()) {
            throw new CertificationRefusedException("BAD_INPUT", "Thiếu " + vietnamese, english + " is missing");
        }
        return value.strip();
    }
}
