package vn.sogoc.archive.app.holders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.register.RegisterStatus;

/**
 * Reads a holder's documents from the registers that hold them: the master register (results), the copy
 * register (copies, when that table exists), the certification register and the dossier components.
 */
@Repository
class WarehouseQueries {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ResultTypeCatalog types;
    private volatile Boolean copyRegisterExists;

    WarehouseQueries(JdbcClient jdbc, DataSource dataSource, ResultTypeCatalog types) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.types = types;
    }

    List<WarehouseDocument> documents(String holderId, LocalDate today) {
        List<WarehouseDocument> all = new ArrayList<>();
        all.addAll(results(holderId, today));
        all.addAll(copies(holderId, today));
        all.addAll(certifiedCopies(holderId));
        all.addAll(dossierDocuments(holderId));
        return all;
    }

    private List<WarehouseDocument> results(String holderId, LocalDate today) {
        return jdbc.sql("""
                SELECT register_no, type_code, number, issued_on, valid_until, status, born_digital, digitized, object_key, sha256
                FROM register_entry WHERE holder_id = ? ORDER BY issued_on, register_no""")
                .param(holderId).query((rs, i) -> {
                    LocalDate issued = rs.getObject("issued_on", LocalDate.class);
                    LocalDate until = rs.getObject("valid_until", LocalDate.class);
                    boolean inForce = inForce(RegisterStatus.valueOf(rs.getString("status")), issued, until, today);
                    boolean digitized = rs.getBoolean("digitized");
                    return new WarehouseDocument(DocumentKind.RESULT, rs.getString("register_no"), holderId,
                            typeTitle(rs.getString("type_code")) + (rs.getBoolean("born_digital") ? " (bản điện tử gốc)" : ""),
                            rs.getString("number"), issued, until, inForce, digitized ? rs.getString("object_key") : null,
                            digitized ? rs.getString("sha256") : null);
                }).list();
    }

    private List<WarehouseDocument> copies(String holderId, LocalDate today) {
        if (!copyRegisterExists()) return List.of();
        return jdbc.sql("""
                SELECT c.copy_id, c.copy_number, c.issued_at, c.status AS copy_status, c.object_key, c.sha256,
                       e.type_code, e.number, e.issued_on, e.valid_until, e.status
                FROM copy_register c JOIN register_entry e ON e.register_no = c.register_no
                WHERE e.holder_id = ? ORDER BY c.issued_at, c.copy_id""")
                .param(holderId).query((rs, i) -> {
                    boolean inForce = "VALID".equals(rs.getString("copy_status"))
                            && inForce(RegisterStatus.valueOf(rs.getString("status")), rs.getObject("issued_on", LocalDate.class),
                            rs.getObject("valid_until", LocalDate.class), today);
                    return new WarehouseDocument(DocumentKind.COPY, rs.getString("copy_id"), holderId,
                            "Bản sao từ sổ gốc: " + typeTitle(rs.getString("type_code")) + " số " + rs.getString("number"),
                            rs.getString("copy_number"), day(rs, "issued_at"), rs.getObject("valid_until", LocalDate.class),
                            inForce, rs.getString("object_key"), rs.getString("sha256"));
                }).list();
    }

    private List<WarehouseDocument> certifiedCopies(String holderId) {
        return jdbc.sql("""
                SELECT certification_id, certification_no, certified_at, document_title, object_key, sha256
                FROM certification_register WHERE holder_id = ? ORDER BY cert_year, seq""")
                .param(holderId).query((rs, i) -> new WarehouseDocument(DocumentKind.CERTIFIED_COPY,
                        rs.getString("certification_id"), holderId,
                        "Bản sao chứng thực từ bản chính: " + rs.getString("document_title"),
                        rs.getString("certification_no"), day(rs, "certified_at"), null, true,
                        rs.getString("object_key"), rs.getString("sha256"))).list();
    }

    private List<WarehouseDocument> dossierDocuments(String holderId) {
        return jdbc.sql("""
                SELECT c.component_id, c.title, c.digitized, c.object_key, c.sha256, c.created_at, d.dossier_code
                FROM dossier_component c JOIN dossier d ON d.dossier_code = c.dossier_code
                WHERE c.holder_id = ? AND c.source = 'SCANNED' ORDER BY c.created_at, c.component_id""")
                .param(holderId).query((rs, i) -> new WarehouseDocument(DocumentKind.DOSSIER_DOCUMENT,
                        rs.getString("component_id"), holderId,
                        rs.getString("title") + " (hồ sơ " + rs.getString("dossier_code") + ")", null,
                        day(rs, "created_at"), null, rs.getBoolean("digitized"), rs.getString("object_key"),
                        rs.getString("sha256"))).list();
    }

    private String typeTitle(String typeCode) {
        return types.find(typeCode).map(ResultType::titleVi).orElse(typeCode);
    }

    private static boolean inForce(RegisterStatus status, LocalDate issued, LocalDate until, LocalDate today) {
        return status == RegisterStatus.ACTIVE && (issued == null || !issued.isAfter(today))
                && (until == null || !until.isBefore(today));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    /** The copy register belongs to the copies issue (V4); a database without it simply has no copies. */
    private boolean copyRegisterExists() {
        Boolean known = copyRegisterExists;
        if (known == null) {
            try (var connection = dataSource.getConnection()) {
                var meta = connection.getMetaData();
                boolean found = false;
                for (String name : new String[] {"copy_register", "COPY_REGISTER"}) {
                    try (var tables = meta.getTables(null, null, name, null)) {
                        found |= tables.next();
                    }
                }
                known = found;
            } catch (SQLException e) {
                known = false;
            }
            copyRegisterExists = known;
        }
        return known;
    }
}
