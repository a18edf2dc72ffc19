package vn.sogoc.archive.app.certify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.printing.SignedPdf;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.text.Hashes;

/**
 * Reading and printing the certification register: a year's lines, and the monthly register as a PDF/A-2b
 * signed by the organisation ("SỔ CHỨNG THỰC" signature, at the counter's signature level).
 */
@Service
public class CertificationReports {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** Label of the organisation's signature on the printed register. */
    static final String REGISTER_LABEL = "SỔ CHỨNG THỰC";

    private final CertificationRegister register;
    private final AuditTrail audit;
    private final DocumentSigner signer;
    private final CounterProperties counter;
    private final ArchiveProperties properties;

    public CertificationReports(CertificationRegister register, AuditTrail audit, DocumentSigner signer,
                                CounterProperties counter, ArchiveProperties properties) {
        this.register = register;
        this.audit = audit;
        this.signer = signer;
        this.counter = counter;
        this.properties = properties;
    }

    /** The lines of a year (every year when null), in number order. */
    public List<CertificationLine> lines(Integer year) {
        return register.year(year);
    }

    /** Writes the month's register as a signed PDF/A and returns how many lines it holds; audited. */
    public int printMonth(YearMonth month, Path out) throws IOException {
        OffsetDateTime from = month.atDay(1).atStartOfDay().atOffset(VIETNAM);
        List<CertificationLine> lines = register.between(from, from.plusMonths(1));
        OffsetDateTime now = OffsetDateTime.now(VIETNAM);
        SignedPdf.write(out, unsigned -> MonthlyRegisterPdf.write(lines, properties.organisation(), month, now, unsigned),
                signer, new SignatureRequest(REGISTER_LABEL, properties.organisation(),
                        MonthlyRegisterPdf.title(month) + ": " + lines.size() + " dòng / lines", counter.signatureLevel()));
        audit.append(new AuditEvent("CERTIFICATION_REGISTER_PRINTED", Actors.current(), "certification_register",
                month.toString(), null, Map.of("lines", Integer.toString(lines.size()), "sha256", Hashes.sha256(out))));
        return lines.size();
    }
}
