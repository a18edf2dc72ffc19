package vn.sogoc.archive.app.web.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterStatus;

/** The review queue in the database: scan records with status REVIEW, and the register entries that could fit one. */
@Repository
public class ReviewQueue {

    /** A scan's id: 64 hex digits (SHA-256). */
    static final Pattern SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");

    private final JdbcClient jdbc;

    public ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items in review, oldest first, optionally of one reason; without their full text. */
    public List<ReviewItem> list(String reason, int limit, int offset) {
        if (reason != null && !reason.isBlank()) {
            try {
                OutcomeReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("reason '" + reason + "': không có lý do này / unknown reason");
            }
            return jdbc.sql("SELECT * FROM scan_record WHERE status = 'REVIEW' AND reason = ? ORDER BY processed_at, source LIMIT ? OFFSET ?")
                    .params(reason, limit, offset).query((rs, i) -> item(rs, false)).list();
        }
        return jdbc.sql("SELECT * FROM scan_record WHERE status = 'REVIEW' ORDER BY processed_at, source LIMIT ? OFFSET ?")
                .params(limit, offset).query((rs, i) -> item(rs, false)).list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM scan_record WHERE status = 'REVIEW'").query(Integer.class).single();
    }

    /** The scan record with this SHA-256 (any status), with its text; 400 for a malformed id. */
    public Optional<ReviewItem> find(String sha256) {
        String sha = checkedId(sha256);
        return jdbc.sql("SELECT * FROM scan_record WHERE source_sha256 = ?").param(sha).query((rs, i) -> item(rs, true)).optional();
    }

    /** Register entries that could be this scan's: same number key, same holder id, or the one it was matched to. */
    public List<RegisterEntry> candidates(ReviewItem item) {
        String key = item.number() == null ? "" : JdbcRegister.numberKey(item.number());
        return jdbc.sql("SELECT register_no, type_code, number, holder_name, holder_id, issued_on, valid_until, status, issuer, field "
                        + "FROM register_entry WHERE number_key = ? OR (holder_id IS NOT NULL AND holder_id = ?) OR register_no = ? "
                        + "ORDER BY register_no LIMIT 20")
                .params(key, item.holderId() == null ? "" : item.holderId(), item.registerNo() == null ? "" : item.registerNo())
                .query((rs, i) -> new RegisterEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        RegisterStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10))).list();
    }

    /** Upper-case id after checking it is 64 hex digits. */
    static String checkedId(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw ApiException.badRequest("id '" + (sha256 == null ? "" : sha256.length() > 20 ? sha256.substring(0, 20) + "…" : sha256)
                    + "': phải là SHA-256 (64 chữ số hex) / must be a SHA-256 (64 hex digits)");
        }
        return sha256.toUpperCase(java.util.Locale.ROOT);
    }

    private static ReviewItem item(ResultSet rs, boolean withText) throws SQLException {
        String reason = rs.getString("reason");
        String reasonText = null;
        if (reason != null) {
            try {
                reasonText = OutcomeReason.valueOf(reason).vietnamese();
            } catch (IllegalArgumentException e) {
                reasonText = reason;
            }
        }
        return new ReviewItem(rs.getString("source_sha256"), rs.getString("source"), rs.getString("status"), reason, reasonText,
                rs.getString("reason_detail"), rs.getString("register_no"), rs.getString("type_code"), rs.getString("number"),
                rs.getString("holder_name"), rs.getString("holder_id"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getString("issuer"), rs.getBigDecimal("ocr_confidence"),
                rs.getInt("pages"), rs.getObject("processed_at", OffsetDateTime.class),
                rs.getString("object_key") != null && rs.getString("object_key").startsWith("review/"),
                withText ? rs.getString("text") : null);
    }
}
