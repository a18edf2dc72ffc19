package vn.sogoc.archive.app.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterLookup;
import vn.sogoc.archive.register.RegisterStatus;
import vn.sogoc.archive.text.VietnameseText;

/** The master register (sổ gốc) in the database: lookups for matching, and the digitization state. */
@Repository
public class JdbcRegister implements RegisterLookup {

    static final String COLUMNS = "register_no, type_code, number, holder_name, holder_id, issued_on, valid_until, status, issuer, field";

    private final JdbcClient jdbc;
    private final AtomicReference<List<RegisterEntry>> cache = new AtomicReference<>();

    public JdbcRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisterEntry> findByRegisterNo(String registerNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register_entry WHERE register_no = ?").param(registerNo)
                .query(JdbcRegister::entry).optional();
    }

    @Override
    public List<RegisterEntry> allEntries() {
        List<RegisterEntry> all = cache.get();
        if (all == null) {
            all = List.copyOf(jdbc.sql("SELECT " + COLUMNS + " FROM register_entry ORDER BY register_no").query(JdbcRegister::entry).list());
            cache.set(all);
        }
        return all;
    }

    @Override
    public Optional<String> digitizedFromSource(String registerNo) {
        return jdbc.sql("SELECT source_sha256 FROM register_entry WHERE register_no = ? AND digitized")
                .param(registerNo).query(String.class).optional();
    }

    /** Forgets cached entries after the register changed. */
    public void invalidate() { cache.set(null); }

    /** Marks the entry digitized from an archived outcome (object key, SHA-256, signing time, pages, confidence). */
    public void markDigitized(ScanOutcome o) {
        jdbc.sql("""
                UPDATE register_entry SET digitized = TRUE, object_key = ?, sha256 = ?, source_sha256 = ?, signed_at = ?,
                       pages = ?, ocr_confidence = ?, digitized_at = ? WHERE register_no = ?""")
                .params(o.objectKey(), o.sha256(), o.sourceSha256(), o.signedAt(), o.pages(),
                        o.ocrConfidence() == null ? null : Math.round(o.ocrConfidence() * 100) / 100.0,
                        OffsetDateTime.now(), o.registerNo())
                .update();
    }

    /** The digitized state of an entry: object key and SHA-256 of its archived PDF. */
    public Optional<DigitizedState> digitizedState(String registerNo) {
        return jdbc.sql("SELECT object_key, sha256, signed_at, pages FROM register_entry WHERE register_no = ? AND digitized")
                .param(registerNo)
                .query((rs, i) -> new DigitizedState(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getInt(4)))
                .optional();
    }

    /** Where an entry's archived PDF is. */
    public record DigitizedState(String objectKey, String sha256, OffsetDateTime signedAt, int pages) { }

    /** The normalised form of a number and symbol used to look it up: folded, upper case, no spaces. */
    public static String numberKey(String number) {
        return VietnameseText.fold(number).toUpperCase(Locale.ROOT).replace(" ", "");
    }

    static RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        return new RegisterEntry(rs.getString("register_no"), rs.getString("type_code"), rs.getString("number"),
                rs.getString("holder_name"), rs.getString("holder_id"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), RegisterStatus.valueOf(rs.getString("status")),
                rs.getString("issuer"), rs.getString("field"));
    }
}
