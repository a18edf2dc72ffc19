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
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/** Reading and printing the certification register: a year's lines, and the monthly register as PDF. */
@Service
public class CertificationReports {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final CertificationRegister register;
    private final AuditTrail audit;
    private final ArchiveProperties properties;

    public CertificationReports(CertificationRegister register, AuditTrail audit, ArchiveProperties properties) {
        this.register = register;
        this.audit = audit;
        this.properties = properties;
    }

    /** The lines of a year (every year when null), in number order. */
    public List<CertificationLine> lines(Integer year) {
        return register.year(year);
    }

    /** Writes the month's register as a printable PDF and returns how many lines it holds; audited. */
    public int printMonth(YearMonth month, Path out) throws IOException {
        OffsetDateTime from = month.atDay(1).atStartOfDay().atOffset(VIETNAM);
        List<CertificationLine> lines = register.between(from, from.plusMonths(1));
        MonthlyRegisterPdf.write(lines, properties.organisation(), month, out);
        audit.append(new AuditEvent("CERTIFICATION_REGISTER_PRINTED", Actors.current(), "certification_register",
                month.toString(), null, Map.of("lines", Integer.toString(lines.size()))));
        return lines.size();
    }
}
