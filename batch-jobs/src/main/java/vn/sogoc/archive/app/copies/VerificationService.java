package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.verify.Finding;
import vn.sogoc.archive.signing.verify.PdfSignatureVerifier;
import vn.sogoc.archive.signing.verify.SignatureCheck;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * Verifies a copy (kiểm tra bản sao): every signature (integrity, chain to the configured trust anchors,
 * revocation from the embedded CRLs, timestamp), that the file is a copy in the copy register with the same
 * SHA-256 and not revoked, and that the underlying result is still in force today. Each verification is
 * audited (COPY_VERIFIED). Thread-safe.
 */
@Service
public class VerificationService {

    private static final Pattern COPY_ID = Pattern.compile("urn:sogoc:copy:([0-9A-Z]{10})");

    private final CopyRegister copies;
    private final JdbcRegister register;
    private final ObjectStore store;
    private final AuditTrail audit;
    private final ArchiveProperties archive;
    private final CopiesProperties settings;
    private final Clock clock;
    private final List<OtherCopyRegister> otherRegisters;
    private volatile PdfSignatureVerifier verifier;

    public VerificationService(CopyRegister copies, JdbcRegister register, ObjectStore store, AuditTrail audit,
                               ArchiveProperties archive, CopiesProperties settings, ObjectProvider<Clock> clock,
                               ObjectProvider<OtherCopyRegister> otherRegisters) {
        this.copies = copies;
        this.otherRegisters = otherRegisters.orderedStream().toList();
        this.register = register;
        this.store = store;
        this.audit = audit;
        this.archive = archive;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Verifies a copy file. */
    public CopyVerification verify(Path pdf) throws IOException {
        String sha = Hashes.sha256(pdf);
        List<SignatureCheck> signatures = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try {
            signatures.addAll(verifier().verify(pdf));
            if (signatures.isEmpty()) {
                findings.add(Finding.failed("NO_SIGNATURE", "Tệp không có chữ ký số", "The file carries no digital signature"));
            }
        } catch (IOException e) {
            findings.add(Finding.failed("UNREADABLE", "Không đọc được tệp PDF: " + e.getMessage(), "The PDF cannot be read: " + e.getMessage()));
        }
        CopyLine line = registerChecks(pdf, sha, findings);
        CopyVerification result = new CopyVerification(CopyVerification.verdictOf(signatures, findings), sha, line, signatures, findings);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("verdict", result.verdict().name());
        details.put("sha256", sha);
        if (!result.reasons().isEmpty()) {
            details.put("reasons", String.join("; ", result.reasons().stream().map(Finding::code).distinct().toList()));
        }
        audit.append(new AuditEvent("COPY_VERIFIED", Actors.current(), "copy", line == null ? sha : line.copyId(),
                line == null ? null : "copy-" + line.copyId(), details));
        return result;
    }

    /** Verifies the stored copy with this id (as the HTTP layer's "verdict of a copy" does). */
    public CopyVerification verifyStored(String copyId) throws IOException {
        String id = CopyCodes.normalise(copyId);
        CopyLine line = (id == null ? Optional.<CopyLine>empty() : copies.find(id)).orElseThrow(() -> CopyService.unknownCopy(copyId));
        Path work = Files.createDirectories(archive.workDir().resolve("copies"));
        Path tmp = Files.createTempFile(work, ".verify-", ".pdf");
        try {
            try (InputStream in = store.open(line.objectKey())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return verify(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private CopyLine registerChecks(Path pdf, String sha, List<Finding> findings) throws IOException {
        List<CopyLine> bySha = copies.findBySha256(sha);
        CopyLine line = bySha.isEmpty() ? null : bySha.get(0);
        if (line == null) {
            for (OtherCopyRegister other : otherRegisters) {
                Optional<Finding> found = other.check(sha);
                if (found.isPresent()) {
                    findings.add(found.get());
                    return null;
                }
            }
            String claimed = claimedCopyId(pdf);
            Optional<CopyLine> named = claimed == null ? Optional.empty() : copies.find(claimed);
            if (named.isPresent()) {
                CopyLine l = named.get();
                findings.add(Finding.failed("COPY_ALTERED", "Tệp không phải bản sao số " + l.copyNumber() + " đã cấp: SHA-256 "
                        + sha + " khác sổ cấp bản sao (" + l.sha256() + ")", "The file is not copy " + l.copyNumber()
                        + " as issued: its SHA-256 " + sha + " differs from the copy register's " + l.sha256()));
                return l;
            }
            if (claimed != null) {
                findings.add(Finding.failed("UNKNOWN_COPY", "Mã bản sao " + claimed + " không có trong sổ cấp bản sao",
                        "Copy " + claimed + " is not in the copy register"));
            } else {
                findings.add(Finding.indeterminate("NOT_IN_REGISTER", "Tệp không có trong sổ cấp bản sao (SHA-256 " + sha + ")",
                        "The file is not in the copy register (SHA-256 " + sha + ")"));
            }
            return null;
        }
        if (line.revoked()) {
            findings.add(Finding.failed("REVOKED", "Bản sao số " + line.copyNumber() + " đã bị thu hồi ngày " + line.revokedAt()
                    + " bởi " + line.revokedBy() + ": " + line.revokeReason(), "Copy " + line.copyNumber() + " was revoked on "
                    + line.revokedAt() + " by " + line.revokedBy() + ": " + line.revokeReason()));
        } else {
            findings.add(Finding.passed("IN_REGISTER", "Bản sao số " + line.copyNumber() + " có trong sổ cấp bản sao, cùng SHA-256, còn hiệu lực",
                    "Copy " + line.copyNumber() + " is in the copy register with the same SHA-256 and is not revoked"));
        }
        LocalDate today = LocalDate.now(clock.withZone(CopyService.VIETNAM));
        Optional<RegisterEntry> entry = register.findByRegisterNo(line.registerNo());
        if (entry.isEmpty()) {
            findings.add(Finding.indeterminate("ENTRY_MISSING", "Mục sổ gốc " + line.registerNo() + " không còn trong sổ gốc",
                    "Register entry " + line.registerNo() + " is no longer in the master register"));
        } else if (!entry.get().inForceOn(today)) {
            findings.add(Finding.failed("RESULT_NOT_IN_FORCE", "Kết quả " + entry.get().number() + " (" + line.registerNo()
                    + ") không còn hiệu lực ngày " + today + " (trạng thái " + entry.get().status() + ", hiệu lực đến "
                    + entry.get().validUntil() + ")", "The result " + entry.get().number() + " (" + line.registerNo()
                    + ") is not in force on " + today + " (status " + entry.get().status() + ", valid until "
                    + entry.get().validUntil() + ")"));
        } else {
            findings.add(Finding.passed("RESULT_IN_FORCE", "Kết quả " + entry.get().number() + " còn hiệu lực ngày " + today,
                    "The result " + entry.get().number() + " is in force on " + today));
        }
        return line;
    }

    /** The copy id the file says it is (XMP dc:identifier urn:sogoc:copy:ID), read from the raw bytes. */
    static String claimedCopyId(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = COPY_ID.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private PdfSignatureVerifier verifier() throws IOException {
        PdfSignatureVerifier v = verifier;
        if (v == null) {
            synchronized (this) {
                if (verifier == null) verifier = new PdfSignatureVerifier(trustAnchors(), clock);
                v = verifier;
            }
        }
        return v;
    }

    private List<X509Certificate> trustAnchors() throws IOException {
        if (!settings.trustAnchors().isEmpty()) return PdfSignatureVerifier.readCertificates(settings.trustAnchors());
        if (archive.signing().demo()) {
            return List.of(DemoPki.openOrCreate(archive.pkiDir(), archive.organisation()).rootCertificate());
        }
        throw new IllegalStateException("archive.copies.trust-anchors is required when archive.signing.demo=false "
                + "/ cần cấu hình archive.copies.trust-anchors khi không dùng PKI demo");
    }
}
