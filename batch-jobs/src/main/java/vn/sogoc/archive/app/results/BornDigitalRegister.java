package vn.sogoc.archive.app.results;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.app.register.JdbcRegister;

/**
 * The master register's side of born-digital results: the new entry (born_digital, digitized at once) and
 * its number, unique per type and year ({@code result_number}'s key refuses a second one, also between
 * processes).
 */
@Repository
class BornDigitalRegister {

    /** An entry to insert. */
    record Entry(String registerNo, String typeCode, String number, String holderName, String holderId,
                 LocalDate issuedOn, LocalDate validUntil, String issuer, String field, String objectKey, String sha256,
                 String sourceSha256, OffsetDateTime signedAt, int pages) { }

    private final JdbcClient jdbc;

    BornDigitalRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the register already holds this number for this type in this year (imported or born-digital). */
    boolean numberTaken(String typeCode, String number, int year) {
        String key = JdbcRegister.numberKey(number);
        int inRegister = jdbc.sql("""
                SELECT COUNT(*) FROM register_entry WHERE type_code = ? AND number_key = ? AND issued_on >= ? AND issued_on < ?""")
                .params(typeCode, key, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Integer.class).single();
        int reserved = jdbc.sql("SELECT COUNT(*) FROM result_number WHERE type_code = ? AND number_year = ? AND number_key = ?")
                .params(typeCode, year, key).query(Integer.class).single();
        return inRegister + reserved > 0;
    }

    /** The name the register already has for this holder, if any entry names it. */
    Optional<String> holderName(String holderId) {
        return jdbc.sql("SELECT holder_name FROM register_entry WHERE holder_id = ? ORDER BY issued_on DESC, register_no")
                .param(holderId).query(String.class).stream().findFirst();
    }

    /** Inserts the number (a duplicate fails with the key) and the entry; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Entry e) {
        jdbc.sql("INSERT INTO result_number (type_code, number_year, number_key, register_no) VALUES (?, ?, ?, ?)")
                .params(e.typeCode(), e.issuedOn().getYear(), JdbcRegister.numberKey(e.number()), e.registerNo()).update();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO register_entry (register_no, type_code, number, number_key, holder_name, holder_id, issued_on,
                    valid_until, status, issuer, field, born_digital, created_at, updated_at, digitized, object_key, sha256,
                    source_sha256, signed_at, pages, ocr_confidence, digitized_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, TRUE, ?, ?, TRUE, ?, ?, ?, ?, ?, 100, ?)""")
                .params(e.registerNo(), e.typeCode(), e.number(), JdbcRegister.numberKey(e.number()), e.holderName(),
                        e.holderId(), e.issuedOn(), e.validUntil(), e.issuer(), e.field(), now, now, e.objectKey(),
                        e.sha256(), e.sourceSha256(), e.signedAt(), e.pages(), now)
                .update();
    }
}
