package vn.sogoc.archive.app.copies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copy register (sổ cấp bản sao) in the database. {@link #nextSeq} locks the (book, year) counter row
 * until the caller's transaction ends, so the number it hands out is used by exactly one line, and a
 * rolled-back issue gives its number back: no gap, no duplicate, across threads and processes.
 */
@Repository
public class CopyRegister {

    static final String COLUMNS = """
            copy_id, book, copy_year, seq, copy_number, register_no, copy_kind, requester, purpose, clerk, issued_at,
            source_object_key, source_sha256, object_key, sha256, size_bytes, pages, signature_level, status,
            revoked_at, revoked_by, revoke_reason""";

    private final JdbcClient jdbc;

    public CopyRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the counter row of (book, year) if it is missing; committed on its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureCounter(String book, int year) {
        Integer present = jdbc.sql("SELECT COUNT(*) FROM copy_counter WHERE book = ? AND copy_year = ?")
                .params(book, year).query(Integer.class).single();
        if (present > 0) return;
        try {
            jdbc.sql("INSERT INTO copy_counter (book, copy_year, last_seq) VALUES (?, ?, 0)").params(book, year).update();
        } catch (DuplicateKeyException raced) {
            // another issuer created it first: fine
        }
    }

    /**
     * Locks the counter of (book, year) and advances it; must run in the transaction that inserts the
     * line. Call {@link #ensureCounter} first, outside that transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int nextSeq(String book, int year) {
        int last = jdbc.sql("SELECT last_seq FROM copy_counter WHERE book = ? AND copy_year = ? FOR UPDATE")
                .params(book, year).query(Integer.class).single();
        jdbc.sql("UPDATE copy_counter SET last_seq = ? WHERE book = ? AND copy_year = ?").params(last + 1, book, year).update();
        return last + 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(CopyLine l) {
        jdbc.sql("INSERT INTO copy_register (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(l.copyId(), l.book(), l.year(), l.seq(), l.copyNumber(), l.registerNo(), l.kind(), l.requester(),
                        l.purpose(), l.clerk(), l.issuedAt(), l.sourceObjectKey(), l.sourceSha256(), l.objectKey(), l.sha256(),
                        l.sizeBytes(), l.pages(), l.signatureLevel(), l.status().name(), l.revokedAt(), l.revokedBy(),
                        l.revokeReason())
                .update();
    }

    public Optional<CopyLine> find(String copyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM copy_register WHERE copy_id = ?").param(copyId)
                .query(CopyRegister::line).optional();
    }

    /** Lines whose copy has this SHA-256 (one, unless the same bytes were issued twice, which cannot happen). */
    public List<CopyLine> findBySha256(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM copy_register WHERE sha256 = ?").param(sha256)
                .query(CopyRegister::line).list();
    }

    /** Lines issued in [from, to), in number order per book and year. */
    public List<CopyLine> issuedBetween(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM copy_register WHERE issued_at >= ? AND issued_at < ? ORDER BY book, copy_year, seq")
                .params(from, to).query(CopyRegister::line).list();
    }

    /** Every line of a book and year, in number order. */
    public List<CopyLine> book(String book, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM copy_register WHERE book = ? AND copy_year = ? ORDER BY seq")
                .params(book, year).query(CopyRegister::line).list();
    }

    /** Marks a valid line revoked; false when it was not VALID (already revoked or unknown). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revoke(String copyId, OffsetDateTime at, String by, String reason) {
        return jdbc.sql("""
                UPDATE copy_register SET status = 'REVOKED', revoked_at = ?, revoked_by = ?, revoke_reason = ?
                WHERE copy_id = ? AND status = 'VALID'""").params(at, by, reason, copyId).update() == 1;
    }

    static CopyLine line(ResultSet rs, int row) throws SQLException {
        return new CopyLine(rs.getString("copy_id"), rs.getString("book"), rs.getInt("copy_year"), rs.getInt("seq"),
                rs.getString("copy_number"), rs.getString("register_no"), rs.getString("copy_kind"), rs.getString("requester"),
                rs.getString("purpose"), rs.getString("clerk"), rs.getObject("issued_at", OffsetDateTime.class),
                rs.getString("source_object_key"), rs.getString("source_sha256"), rs.getString("object_key"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getInt("pages"), rs.getString("signature_level"),
                CopyStatus.valueOf(rs.getString("status")), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_by"), rs.getString("revoke_reason"));
    }
}
