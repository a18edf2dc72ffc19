package vn.sogoc.archive.app.certify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification register (sổ chứng thực) in the database: lines are inserted in the transaction that
 * took their number and are never changed or deleted. Also the lookup a verifier uses to recognise a
 * certified copy by its SHA-256.
 */
@Repository
public class CertificationRegister {

    static final String COLUMNS = """
            certification_id, book, cert_year, seq, certification_no, certified_at, requester, holder_id, document_title,
            pages, original_pages, clerk, certifier_name, certifier_title, original_sha256, object_key, sha256, size_bytes,
            signature_level""";

    private final JdbcClient jdbc;

    public CertificationRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(CertificationLine l) {
        jdbc.sql("INSERT INTO certification_register (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(l.certificationId(), l.book(), l.year(), l.seq(), l.certificationNo(), l.certifiedAt(), l.requester(),
                        l.holderId(), l.documentTitle(), l.pages(), l.originalPages(), l.clerk(), l.certifierName(),
                        l.certifierTitle(), l.originalSha256(), l.objectKey(), l.sha256(), l.sizeBytes(), l.signatureLevel())
                .update();
    }

    public Optional<CertificationLine> find(String certificationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_register WHERE certification_id = ?")
                .param(certificationId).query(CertificationRegister::line).optional();
    }

    /** The line of the certified copy with this SHA-256 (upper-case hex), if the register has one. */
    public Optional<CertificationLine> findBySha256(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_register WHERE sha256 = ?")
                .param(sha256).query(CertificationRegister::line).stream().findFirst();
    }

    /** Every line of a year, all books, in book and number order; every year when {@code year} is null. */
    public List<CertificationLine> year(Integer year) {
        if (year == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM certification_register ORDER BY cert_year, book, seq")
                    .query(CertificationRegister::line).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_register WHERE cert_year = ? ORDER BY book, seq")
                .param(year).query(CertificationRegister::line).list();
    }

    /** Lines certified in [from, to), in number order. */
    public List<CertificationLine> between(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_register WHERE certified_at >= ? AND certified_at < ? ORDER BY cert_year, book, seq")
                .params(from, to).query(CertificationRegister::line).list();
    }

    static CertificationLine line(ResultSet rs, int row) throws SQLException {
        return new CertificationLine(rs.getString("certification_id"), rs.getString("book"), rs.getInt("cert_year"),
                rs.getInt("seq"), rs.getString("certification_no"), rs.getObject("certified_at", OffsetDateTime.class),
                rs.getString("requester"), rs.getString("holder_id"), rs.getString("document_title"), rs.getInt("pages"),
                rs.getInt("original_pages"), rs.getString("clerk"), rs.getString("certifier_name"),
                rs.getString("certifier_title"), rs.getString("original_sha256"), rs.getString("object_key"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("signature_level"));
    }
}
