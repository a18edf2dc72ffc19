package vn.sogoc.archive.app.records;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;

/** Every processed scan (archived, in review, rejected), keyed by the scan's SHA-256. */
@Repository
public class ScanRecords {

    /** The database keeps at most this much text per record; the full text is in the PDF and the index. */
    static final int MAX_TEXT = 1_000_000;

    private final JdbcClient jdbc;

    public ScanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String sourceSha256) {
        return jdbc.sql("SELECT COUNT(*) FROM scan_record WHERE source_sha256 = ?").param(sourceSha256)
                .query(Integer.class).single() > 0;
    }

    /** Inserts the outcome unless the same scan was already recorded; returns whether it inserted. */
    public boolean insertIfAbsent(ScanOutcome o, Long jobExecutionId) {
        if (exists(o.sourceSha256())) return false;
        String text = o.text() == null ? null : o.text().length() > MAX_TEXT ? o.text().substring(0, MAX_TEXT) : o.text();
        jdbc.sql("""
                INSERT INTO scan_record (source_sha256, source, status, reason, reason_detail, register_no, type_code, number,
                    holder_name, holder_id, issued_on, valid_until, issuer, ocr_confidence, pages, text, object_key, sha256,
                    original_key, signed_at, job_execution_id, processed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.sourceSha256(), o.source(), o.status().name(), o.reason() == null ? null : o.reason().name(),
                        truncate(o.reasonDetail(), 2000), o.registerNo(), o.typeCode(), truncate(o.number(), 128),
                        truncate(o.holderName(), 512), truncate(o.holderId(), 32), o.issuedOn(), o.validUntil(),
                        truncate(o.issuer(), 512),
                        o.ocrConfidence() == null ? null : BigDecimal.valueOf(Math.round(o.ocrConfidence() * 100), 2),
                        o.pages(), text, o.objectKey(), o.sha256(), o.originalKey(), o.signedAt(), jobExecutionId,
                        OffsetDateTime.now())
                .update();
        return true;
    }

    /** Streams every record in processing order to {@code sink}. */
    public void forEach(Consumer<ScanOutcome> sink) {
        jdbc.sql("SELECT * FROM scan_record ORDER BY processed_at, source").query(ScanRecords::outcome).stream()
                .forEach(sink);
    }

    public List<ScanOutcome> byJobExecution(long jobExecutionId) {
        return jdbc.sql("SELECT * FROM scan_record WHERE job_execution_id = ? ORDER BY processed_at, source")
                .param(jobExecutionId).query(ScanRecords::outcome).list();
    }

    /** Counts of a job execution's records by "STATUS" or "REVIEW:REASON". */
    public Map<String, Integer> summary(long jobExecutionId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT status, reason, COUNT(*), SUM(pages) FROM scan_record WHERE job_execution_id = ? GROUP BY status, reason ORDER BY status, reason")
                .param(jobExecutionId)
                .query(rs -> {
                    String key = rs.getString(1) + (rs.getString(2) == null ? "" : ":" + rs.getString(2));
                    counts.put(key, rs.getInt(3));
                    counts.merge("PAGES", rs.getInt(4), Integer::sum);
                });
        return counts;
    }

    static ScanOutcome outcome(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("reason");
        BigDecimal conf = rs.getBigDecimal("ocr_confidence");
        return new ScanOutcome(rs.getString("source"), rs.getString("source_sha256"),
                RecordStatus.valueOf(rs.getString("status")), reason == null ? null : OutcomeReason.valueOf(reason),
                rs.getString("reason_detail"), rs.getString("register_no"), rs.getString("type_code"),
                rs.getString("number"), rs.getString("holder_name"), rs.getString("holder_id"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("issuer"), conf == null ? null : conf.doubleValue(), rs.getInt("pages"),
                rs.getString("text"), rs.getString("object_key"), rs.getString("sha256"), rs.getString("original_key"),
                rs.getObject("signed_at", OffsetDateTime.class), 0);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
