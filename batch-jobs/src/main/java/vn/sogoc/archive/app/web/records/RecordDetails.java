package vn.sogoc.archive.app.web.records;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.register.RegisterEntry;

/**
 * An archived record as the API and the record page show it: the register entry (sổ gốc), its
 * digitization state and the scans that were matched to it; and its archived PDF, SHA-256 checked,
 * each fetch recorded in the audit trail (RECORD_FETCHED, with the person's or client's name).
 */
@Service
public class RecordDetails {

    /** Register numbers: letters, digits, dot, underscore, hyphen; at most 64. */
    static final Pattern REGISTER_NO = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    private final JdbcRegister register;
    private final JdbcClient jdbc;
    private final RecordFiles files;
    private final AuditTrail audit;
    private final ResultTypeCatalog types;

    public RecordDetails(JdbcRegister register, JdbcClient jdbc, RecordFiles files, AuditTrail audit, ResultTypeCatalog types) {
        this.register = register;
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
        this.types = types;
    }

    /** The record's metadata. */
    public record Details(String registerNo, String typeCode, String typeTitle, String number, String holderName,
                          String holderId, LocalDate issuedOn, LocalDate validUntil, String status, boolean inForceToday,
                          String issuer, String field, boolean digitized, String sha256, OffsetDateTime signedAt,
                          Integer pages, List<Map<String, Object>> scans) { }

    public Details details(String registerNo) {
        RegisterEntry e = entry(registerNo);
        var state = register.digitizedState(e.registerNo());
        List<Map<String, Object>> scans = jdbc.sql("""
                SELECT source, source_sha256, status, reason, processed_at, ocr_confidence FROM scan_record
                WHERE register_no = ? ORDER BY processed_at""").param(e.registerNo()).query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("source", rs.getString(1));
                    m.put("sourceSha256", rs.getString(2));
                    m.put("status", rs.getString(3));
                    m.put("reason", rs.getString(4));
                    m.put("processedAt", rs.getObject(5, OffsetDateTime.class));
                    m.put("ocrConfidence", rs.getBigDecimal(6));
                    return m;
                }).list();
        String title = types.find(e.typeCode()).map(ResultType::titleVi).orElse(e.typeCode());
        return new Details(e.registerNo(), e.typeCode(), title, e.number(), e.holderName(), e.holderId(), e.issuedOn(),
                e.validUntil(), e.status().name(), e.inForceOn(LocalDate.now(java.time.ZoneOffset.ofHours(7))), e.issuer(),
                e.field(), state.isPresent(), state.map(JdbcRegister.DigitizedState::sha256).orElse(null),
                state.map(JdbcRegister.DigitizedState::signedAt).orElse(null),
                state.map(JdbcRegister.DigitizedState::pages).orElse(null), scans);
    }

    /** A fetched archived PDF: a verified temporary file (the caller sends and deletes it) and its SHA-256. */
    public record Fetched(Path file, String sha256, String registerNo) { }

    /** The archived, signed PDF, checked against the register's SHA-256; the fetch is audited. */
    public Fetched fetchPdf(String registerNo, String channel) throws IOException {
        RegisterEntry e = entry(registerNo);
        var state = register.digitizedState(e.registerNo()).orElseThrow(() -> ApiException.notFound(
                e.registerNo() + ": chưa được số hóa / not digitized yet"));
        Path file = files.fetch(state.objectKey(), state.sha256());
        audit.append(new AuditEvent("RECORD_FETCHED", Actors.current(), "register_entry", e.registerNo(), null,
                Map.of("sha256", state.sha256(), "channel", channel)));
        return new Fetched(file, state.sha256(), e.registerNo());
    }

    private RegisterEntry entry(String registerNo) {
        if (registerNo == null || !REGISTER_NO.matcher(registerNo).matches()) {
            throw ApiException.badRequest("registerNo '" + shorten(registerNo) + "': chỉ chữ, số, . _ - (tối đa 64) / letters, digits, . _ - (max 64)");
        }
        return register.findByRegisterNo(registerNo).orElseThrow(() -> ApiException.notFound(
                registerNo + ": không có trong sổ gốc / not in the register"));
    }

    static String shorten(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
