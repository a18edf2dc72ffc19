package vn.sogoc.archive.app.register;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.text.Hashes;

/**
 * Imports a master-register CSV file all-or-nothing: new entries are inserted, changed entries are
 * updated by {@code register_no} with their previous version kept in {@code register_entry_history},
 * unchanged ones are left alone. The digitization state of an entry is never reset by an import.
 */
@Service
public class RegisterImporter {

    private final JdbcClient jdbc;
    private final JdbcRegister register;
    private final RegisterCsvParser parser;
    private final AuditTrail audit;

    public RegisterImporter(JdbcClient jdbc, JdbcRegister register, RegisterCsvParser parser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.register = register;
        this.parser = parser;
        this.audit = audit;
    }

    /** What an import did. */
    public record ImportReport(long importId, int rows, int inserted, int updated, int unchanged) { }

    @Transactional
    public ImportReport importFile(Path file) throws IOException, RegisterImportException {
        List<RegisterRow> rows = parser.parse(file);
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO register_import (file_name, file_sha256, imported_at, rows_read, inserted, updated, unchanged) VALUES (?, ?, ?, ?, 0, 0, 0)")
                .params(file.getFileName().toString(), Hashes.sha256(file), now, rows.size())
                .update(key, "id");
        long importId = Objects.requireNonNull(key.getKey(), "generated import id").longValue();
        int inserted = 0, updated = 0, unchanged = 0;
        for (RegisterRow row : rows) {
            RegisterEntry e = row.entry();
            Optional<RegisterEntry> old = register.findByRegisterNo(e.registerNo());
            if (old.isEmpty()) {
                insert(e, importId, now);
                inserted++;
            } else if (Objects.equals(old.get(), e)) {
                unchanged++;
            } else {
                keepHistory(old.get(), importId, now);
                update(e, importId, now);
                updated++;
            }
        }
        jdbc.sql("UPDATE register_import SET inserted = ?, updated = ?, unchanged = ? WHERE id = ?")
                .params(inserted, updated, unchanged, importId).update();
        register.invalidate();
        audit.append(new AuditEvent("REGISTER_IMPORTED", Actors.current(), "register_import", Long.toString(importId),
                "import-" + importId, Map.of("file", file.getFileName().toString(), "rows", Integer.toString(rows.size()),
                        "inserted", Integer.toString(inserted), "updated", Integer.toString(updated),
                        "unchanged", Integer.toString(unchanged))));
        return new ImportReport(importId, rows.size(), inserted, updated, unchanged);
    }

    private void insert(RegisterEntry e, long importId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO register_entry (" + JdbcRegister.COLUMNS + ", number_key, created_at, updated_at, last_import_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.registerNo(), e.typeCode(), e.number(), e.holderName(), e.holderId(), e.issuedOn(),
                        e.validUntil(), e.status().name(), e.issuer(), e.field(), JdbcRegister.numberKey(e.number()),
                        now, now, importId)
                .update();
    }

    private void update(RegisterEntry e, long importId, OffsetDateTime now) {
        jdbc.sql("UPDATE register_entry SET type_code = ?, number = ?, holder_name = ?, holder_id = ?, issued_on = ?, "
                        + "valid_until = ?, status = ?, issuer = ?, field = ?, number_key = ?, updated_at = ?, last_import_id = ? "
                        + "WHERE register_no = ?")
                .params(e.typeCode(), e.number(), e.holderName(), e.holderId(), e.issuedOn(), e.validUntil(),
                        e.status().name(), e.issuer(), e.field(), JdbcRegister.numberKey(e.number()), now, importId,
                        e.registerNo())
                .update();
    }

    private void keepHistory(RegisterEntry old, long importId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO register_entry_history (register_no, replaced_at, import_id, type_code, number, holder_name, "
                        + "holder_id, issued_on, valid_until, status, issuer, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(old.registerNo(), now, importId, old.typeCode(), old.number(), old.holderName(), old.holderId(),
                        old.issuedOn(), old.validUntil(), old.status().name(), old.issuer(), old.field())
                .update();
    }

    /** Earlier versions of an entry, oldest first. */
    public List<RegisterEntry> history(String registerNo) {
        return jdbc.sql("SELECT " + JdbcRegister.COLUMNS + " FROM register_entry_history WHERE register_no = ? ORDER BY id")
                .param(registerNo).query(JdbcRegister::entry).list();
    }
}
