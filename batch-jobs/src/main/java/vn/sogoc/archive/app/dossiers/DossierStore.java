package vn.sogoc.archive.app.dossiers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code dossier} and {@code dossier_component} tables. */
@Repository
class DossierStore {

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE dossier_code = ?").param(code).query(Integer.class).single() > 0;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(ReceivedDossier d) {
        jdbc.sql("INSERT INTO dossier (dossier_code, procedure_code, holder_id, received_at, received_by) VALUES (?, ?, ?, ?, ?)")
                .params(d.code(), d.procedureCode(), d.holderId(), d.receivedAt(), d.receivedBy()).update();
        for (DossierComponent c : d.components()) {
            jdbc.sql("""
                    INSERT INTO dossier_component (component_id, dossier_code, seq, source, holder_id, title, digitized, note,
                        file_name, original_sha256, original_key, pages, object_key, sha256, signed_at, reused_document_id,
                        reused_kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.componentId(), c.dossierCode(), c.seq(), c.source().name(), c.holderId(), c.title(),
                            c.digitized(), c.note(), c.fileName(), c.originalSha256(), c.originalKey(), c.pages(),
                            c.objectKey(), c.sha256(), c.signedAt(), c.reusedDocumentId(), c.reusedKind(), d.receivedAt())
                    .update();
        }
    }

    List<DossierComponent> components(String code) {
        return jdbc.sql("SELECT * FROM dossier_component WHERE dossier_code = ? ORDER BY seq").param(code)
                .query(DossierStore::component).list();
    }

    static DossierComponent component(ResultSet rs, int row) throws SQLException {
        return new DossierComponent(rs.getString("component_id"), rs.getString("dossier_code"), rs.getInt("seq"),
                ComponentSource.valueOf(rs.getString("source")), rs.getString("holder_id"), rs.getString("title"),
                rs.getBoolean("digitized"), rs.getString("note"), rs.getString("file_name"), rs.getString("original_sha256"),
                rs.getString("original_key"), (Integer) rs.getObject("pages"), rs.getString("object_key"),
                rs.getString("sha256"), rs.getObject("signed_at", OffsetDateTime.class), rs.getString("reused_document_id"),
                rs.getString("reused_kind"));
    }
}
