package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * Issues certified electronic copies from the master register (cấp bản sao điện tử từ sổ gốc) and keeps
 * the copy register: the service the command line and the HTTP layer call.
 *
 * <p>Issuing: the entry must exist, be digitized and be in force today. The archived record is read
 * from the object store (SHA-256 checked), made into a new PDF/A copy with its certification page
 * (outside any lock), then, in one transaction holding the (book, year) counter row: the number and time
 * are added (a small incremental update), the copy is signed ("BẢN SAO", PAdES with timestamp), and its
 * register line and audit entry written. Any failure there rolls the transaction back, so no number is
 * used. After the commit the copy is stored under {@code copies/{YEAR}/{COPY_ID}.pdf} (read back and
 * compared); should that fail, the issued copy's file is kept and stored later. Thread-safe.
 */
@Service
public class CopyService {

    /** Vietnam's offset: copy years, dates and times are Vietnamese ones. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final String KIND_IMAGE = "IMAGE";
    private static final Logger log = LoggerFactory.getLogger(CopyService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcRegister register;
    private final ObjectStore store;
    private final DocumentSigner signer;
    private final CopyRegister copies;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ArchiveProperties archive;
    private final CopiesProperties settings;
    private final Clock clock;

    public CopyService(JdbcRegister register, ObjectStore store, DocumentSigner signer, CopyRegister copies, AuditTrail audit,
                       PlatformTransactionManager transactions, ArchiveProperties archive, CopiesProperties settings,
                       ObjectProvider<Clock> clock) {
        this.register = register;
        this.store = store;
        this.signer = signer;
        this.copies = copies;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.archive = archive;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Issues a copy of register entry {@code registerNo} for {@code requester} and {@code purpose}; {@code clerk}
     * null means the current actor.
     *
     * @throws CopyRefusedException when the entry is unknown, not digitized, not in force today, or an input is unusable
     */
    public IssuedCopy issue(String registerNo, String requester, String purpose, String clerk) throws IOException {
        return issue(registerNo, requester, purpose, clerk, settings.book());
    }

    /** As {@link #issue(String, String, String, String)} into another book (the benchmark uses its own). */
    IssuedCopy issue(String registerNo, String requester, String purpose, String clerk, String book) throws IOException {
        String who = clerk == null || clerk.isBlank() ? Actors.current() : clerk.strip();
        requireText("registerNo", registerNo, 64);
        requireText("requester", requester, 512);
        requireText("purpose", purpose, 1000);
        requireText("clerk", who, 256);
        RegisterEntry entry = register.findByRegisterNo(registerNo.strip()).orElseThrow(() -> new CopyRefusedException(
                "UNKNOWN_ENTRY", registerNo + ": không có trong sổ gốc", registerNo + ": not in the master register"));
        JdbcRegister.DigitizedState state = register.digitizedState(entry.registerNo()).orElseThrow(() -> new CopyRefusedException(
                "NOT_DIGITIZED", entry.registerNo() + ": chưa được số hóa, chưa thể cấp bản sao điện tử",
                entry.registerNo() + ": not digitized yet, so no electronic copy can be issued"));
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        if (!entry.inForceOn(today)) {
            throw new CopyRefusedException("NOT_IN_FORCE", entry.registerNo() + ": kết quả không còn hiệu lực ngày "
                    + DAY.format(today) + " (" + why(entry) + ")", entry.registerNo() + ": the result is not in force on "
                    + today + " (" + whyEn(entry) + ")");
        }
        String copyId = CopyCodes.newCode();
        Path work = Files.createDirectories(archive.workDir().resolve("copies"));
        storePending(work);
        Path archived = work.resolve(copyId + ".source.pdf");
        Path prepared = work.resolve(copyId + ".prepared.pdf");
        Path unsigned = work.resolve(copyId + ".unsigned.pdf");
        Path signed = work.resolve(copyId + ".pdf");
        MDC.put("copy_id", copyId);
        try {
            long t0 = System.nanoTime();
            fetch(state, archived);
            long t1 = System.nanoTime();
            CopyFacts facts = new CopyFacts(archive.organisation(), copyId, entry, requester.strip(), purpose.strip(), who,
                    settings.verifyUrl(copyId), settings.procedureCode(), settings.legalBasis(),
                    "quyển số " + book + "-" + settings.symbol());
            try (CopyDocument document = CopyDocument.open(archived)) {
                document.requirePrintable("requester", facts.requester());
                document.requirePrintable("purpose", facts.purpose());
                document.requirePrintable("clerk", facts.clerk());
                document.certify(facts, now());
                document.save(prepared);
                float[] positions = document.valuePositions();
                int pages = document.pages();
                long t2 = System.nanoTime();
                int year = today.getYear();
                copies.ensureCounter(book, year);
                long[] marks = new long[5];
                marks[0] = System.nanoTime();
                CopyLine line = tx.execute(status -> {
                    try {
                        return issueLocked(prepared, positions, pages, facts, state, book, year, unsigned, signed, marks);
                    } catch (IOException e) {
                        throw new CopyIoException(e);
                    }
                });
                long t3 = System.nanoTime();
                storeIssued(line, signed, work);
                long t4 = System.nanoTime();
                log.info("copy issued copy_id={} number={} register_no={}", copyId, line.copyNumber(), entry.registerNo());
                return new IssuedCopy(line, ms(t1 - t0), ms(t2 - t1 + marks[2] - marks[1]), ms(marks[1] - marks[0]),
                        ms(marks[3] - marks[2]), ms(t4 - t3), ms(t3 - marks[3]));
            }
        } catch (CopyIoException e) {
            throw e.getCause();
        } finally {
            MDC.remove("copy_id");
            Files.deleteIfExists(archived);
            Files.deleteIfExists(prepared);
            Files.deleteIfExists(unsigned);
            Files.deleteIfExists(signed);
        }
    }

    private CopyLine issueLocked(Path prepared, float[] positions, int pages, CopyFacts facts,
                                 JdbcRegister.DigitizedState state, String book, int year, Path unsigned, Path signed,
                                 long[] marks) throws IOException {
        int seq = copies.nextSeq(book, year);
        marks[1] = System.nanoTime();
        String number = number(seq, year, book);
        OffsetDateTime issuedAt = now();
        NumberStamp.stamp(prepared, unsigned, number, issuedAt, positions);
        marks[2] = System.nanoTime();
        signer.sign(unsigned, signed, new SignatureRequest(settings.label(), archive.organisation(),
                "Bản sao điện tử từ sổ gốc số " + number + "; mã kiểm tra " + facts.copyId(), settings.signatureLevel()));
        marks[3] = System.nanoTime();
        String sha = Hashes.sha256(signed);
        String key = objectKey(year, facts.copyId());
        marks[4] = System.nanoTime();
        CopyLine line = new CopyLine(facts.copyId(), book, year, seq, number, facts.entry().registerNo(), KIND_IMAGE,
                facts.requester(), facts.purpose(), facts.clerk(), issuedAt, state.objectKey(), state.sha256(), key, sha,
                Files.size(signed), pages, settings.signatureLevel().name(), CopyStatus.VALID, null, null, null);
        copies.insert(line);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("copy_number", number);
        details.put("register_no", line.registerNo());
        details.put("requester", line.requester());
        details.put("purpose", line.purpose());
        details.put("sha256", sha);
        details.put("object_key", key);
        audit.append(new AuditEvent("COPY_ISSUED", facts.clerk(), "copy", facts.copyId(), "copy-" + facts.copyId(), details));
        return line;
    }

    /**
     * Stores a copy just recorded. It runs after the commit, so the counter lock is not held while the
     * object store works; the number is not lost if storing fails: the signed file is kept under
     * {@code work/copies/pending} and stored by the next issue (or {@link #storePending}).
     */
    private void storeIssued(CopyLine line, Path signed, Path work) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                store.put(line.objectKey(), signed, "application/pdf", Map.of("copy-id", line.copyId(), "register-no", line.registerNo()));
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        Path pending = Files.createDirectories(work.resolve("pending")).resolve(line.copyId() + ".pdf");
        Files.move(signed, pending, StandardCopyOption.REPLACE_EXISTING);
        throw new IOException("bản sao " + line.copyId() + " số " + line.copyNumber() + " đã cấp và ghi sổ nhưng chưa lưu được vào kho; "
                + "tệp giữ tại " + pending + " và sẽ được lưu lần cấp sau / copy " + line.copyId() + " (" + line.copyNumber()
                + ") is issued and recorded but not stored yet (" + last.getMessage() + "); the file is kept at " + pending
                + " and is stored by the next issue", last);
    }

    /** Stores copies whose storing failed after they were recorded (see {@link #storeIssued}). */
    public int storePending(Path work) {
        Path dir = work.resolve("pending");
        if (!Files.isDirectory(dir)) return 0;
        int stored = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String id = f.getFileName().toString().replace(".pdf", "");
                Optional<CopyLine> line = copies.find(id);
                try {
                    if (line.isPresent() && store.stat(line.get().objectKey()).isEmpty()) {
                        if (!Hashes.sha256(f).equals(line.get().sha256())) continue;
                        store.put(line.get().objectKey(), f, "application/pdf", Map.of("copy-id", id, "register-no", line.get().registerNo()));
                        stored++;
                    }
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    log.warn("pending copy {} still not stored: {}", id, e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("cannot list pending copies in {}: {}", dir, e.getMessage());
        }
        return stored;
    }

    /**
     * Revokes a copy: its line stays, marked REVOKED with who, why and when; verification then says so.
     *
     * @throws CopyRefusedException when the copy is unknown, already revoked, or the reason is blank
     */
    public CopyLine revoke(String copyId, String reason, String actor) {
        requireText("reason", reason, 1000);
        String id = canonicalId(copyId);
        String who = actor == null || actor.isBlank() ? Actors.current() : actor.strip();
        OffsetDateTime at = now();
        return tx.execute(status -> {
            CopyLine line = copies.find(id).orElseThrow(() -> unknownCopy(copyId));
            if (!copies.revoke(id, at, who, reason.strip())) {
                throw new CopyRefusedException("ALREADY_REVOKED", id + ": bản sao đã bị thu hồi trước đó (" + line.revokedAt() + ")",
                        id + ": the copy was already revoked (" + line.revokedAt() + ")");
            }
            audit.append(new AuditEvent("COPY_REVOKED", who, "copy", id, "copy-" + id,
                    Map.of("copy_number", line.copyNumber(), "reason", reason.strip())));
            return copies.find(id).orElseThrow();
        });
    }

    /** The register line of a copy (id as typed: case, dashes and spaces do not matter). */
    public Optional<CopyLine> find(String copyId) {
        String id = CopyCodes.normalise(copyId);
        return id == null ? Optional.empty() : copies.find(id);
    }

    /** Writes the stored PDF of a copy to {@code out}, after checking its SHA-256 against the register. */
    public CopyLine writePdf(String copyId, Path out) throws IOException {
        CopyLine line = find(copyId).orElseThrow(() -> unknownCopy(copyId));
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".copy-", ".pdf");
        try {
            try (InputStream in = store.open(line.objectKey())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha = Hashes.sha256(tmp);
            if (!sha.equals(line.sha256())) {
                throw new IOException("copy " + line.copyId() + " in the object store (" + line.objectKey() + ") has SHA-256 " + sha
                        + ", the copy register says " + line.sha256());
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return line;
    }

    /** The object key of a copy: {@code copies/{YEAR}/{COPY_ID}.pdf}. */
    public static String objectKey(int year, String copyId) {
        return "copies/" + String.format("%04d", year) + "/" + copyId + ".pdf";
    }

    /** The number as printed: {@code 000012/2026, quyển số 01-SCTĐT/BS}. */
    String number(int seq, int year, String book) {
        return String.format("%06d/%d, quyển số %s-%s", seq, year, book, settings.symbol());
    }

    private void fetch(JdbcRegister.DigitizedState state, Path target) throws IOException {
        try (InputStream in = store.open(state.objectKey())) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        String sha = Hashes.sha256(target);
        if (!sha.equals(state.sha256())) {
            throw new CopyRefusedException("ARCHIVE_DAMAGED", "Bản lưu " + state.objectKey() + " có SHA-256 " + sha
                    + " khác sổ gốc (" + state.sha256() + "): không cấp bản sao", "The archived object " + state.objectKey()
                    + " has SHA-256 " + sha + ", not the register's " + state.sha256() + ": no copy issued");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), VIETNAM);
    }

    private static String canonicalId(String copyId) {
        String id = CopyCodes.normalise(copyId);
        if (id == null) throw unknownCopy(copyId);
        return id;
    }

    static CopyRefusedException unknownCopy(String copyId) {
        return new CopyRefusedException("UNKNOWN_COPY", copyId + ": không có bản sao này trong sổ cấp bản sao",
                copyId + ": no such copy in the copy register");
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new CopyRefusedException("BAD_INPUT", "Thiếu " + field, field + " is required");
        }
        if (value.strip().length() > max) {
            throw new CopyRefusedException("BAD_INPUT", field + " dài quá " + max + " ký tự", field + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new CopyRefusedException("BAD_INPUT", field + " có ký tự điều khiển", field + " contains control characters");
        }
    }

    private static String why(RegisterEntry e) {
        return switch (e.status()) {
            case ACTIVE -> e.validUntil() != null ? "hết hiệu lực từ " + DAY.format(e.validUntil().plusDays(1)) : "chưa có hiệu lực";
            case REVOKED -> "đã bị thu hồi";
            case SUSPENDED -> "đang bị đình chỉ";
            case REPLACED -> "đã được thay thế";
        };
    }

    private static String whyEn(RegisterEntry e) {
        return switch (e.status()) {
            case ACTIVE -> e.validUntil() != null ? "expired after " + e.validUntil() : "not yet in force";
            case REVOKED -> "revoked";
            case SUSPENDED -> "suspended";
            case REPLACED -> "replaced";
        };
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Carries an IOException out of the transaction callback. */
    private static final class CopyIoException extends RuntimeException {
        CopyIoException(IOException e) {
            super(e);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
