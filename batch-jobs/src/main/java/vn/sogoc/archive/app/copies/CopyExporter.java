package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.storage.ObjectStore;

/**
 * Exports the copies issued in a date range (Vietnamese dates, both inclusive) as one ZIP: each copy's
 * signed PDF ({@code copies/{COPY_ID}.pdf}, SHA-256 checked against the register while copying), a
 * manifest ({@code manifest.json} and {@code manifest.csv}: every register field) and {@code SHA256SUMS}
 * ({@code sha256sum -c} format) over all of them. The ZIP appears only when complete.
 */
@Service
public class CopyExporter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CopyRegister copies;
    private final ObjectStore store;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    public CopyExporter(CopyRegister copies, ObjectStore store, AuditTrail audit, PlatformTransactionManager transactions) {
        this.copies = copies;
        this.store = store;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What was exported. */
    public record Export(Path zip, int copies, long bytes) { }

    public Export export(LocalDate from, LocalDate to, Path out) throws IOException {
        if (from == null || to == null || to.isBefore(from)) {
            throw new CopyRefusedException("BAD_INPUT", "Khoảng ngày không hợp lệ: --from " + from + " --to " + to,
                    "Invalid date range: --from " + from + " --to " + to);
        }
        List<CopyLine> lines = copies.issuedBetween(from.atStartOfDay().atOffset(CopyService.VIETNAM),
                to.plusDays(1).atStartOfDay().atOffset(CopyService.VIETNAM));
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".copies-export-", ".zip");
        StringBuilder sums = new StringBuilder();
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (CopyLine l : lines) {
                    String name = "copies/" + l.copyId() + ".pdf";
                    zip.putNextEntry(new ZipEntry(name));
                    String sha = copyChecked(l, zip);
                    zip.closeEntry();
                    if (!sha.equalsIgnoreCase(l.sha256())) {
                        throw new IOException("copy " + l.copyId() + " in the object store (" + l.objectKey() + ") has SHA-256 "
                                + sha + ", the copy register says " + l.sha256() + ": export stopped, nothing written");
                    }
                    sums.append(sha.toLowerCase(Locale.ROOT)).append("  ").append(name).append('\n');
                }
                byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("from", from.toString(),
                        "to", to.toString(), "exported_at", OffsetDateTime.now(CopyService.VIETNAM).toString(),
                        "copies", lines.stream().map(CopyExporter::row).toList()));
                entry(zip, "manifest.json", json, sums);
                entry(zip, "manifest.csv", csv(lines).getBytes(StandardCharsets.UTF_8), sums);
                zip.putNextEntry(new ZipEntry("SHA256SUMS"));
                zip.write(sums.toString().getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Export export = new Export(abs, lines.size(), Files.size(abs));
        tx.executeWithoutResult(s -> audit.append(new AuditEvent("COPY_EXPORTED", Actors.current(), "copy_register",
                from + ".." + to, null, Map.of("copies", String.valueOf(lines.size()), "file", abs.getFileName().toString()))));
        return export;
    }

    private String copyChecked(CopyLine l, OutputStream zip) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(store.open(l.objectKey()), sha)) {
            in.transferTo(zip);
        }
        return HexFormat.of().withUpperCase().formatHex(sha.digest());
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes, StringBuilder sums) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        try {
            sums.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).append("  ").append(name).append('\n');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> row(CopyLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("copy_id", l.copyId());
        m.put("copy_number", l.copyNumber());
        m.put("book", l.book());
        m.put("year", l.year());
        m.put("seq", l.seq());
        m.put("register_no", l.registerNo());
        m.put("kind", l.kind());
        m.put("requester", l.requester());
        m.put("purpose", l.purpose());
        m.put("clerk", l.clerk());
        m.put("issued_at", l.issuedAt().toString());
        m.put("status", l.status().name());
        m.put("revoked_at", l.revokedAt() == null ? null : l.revokedAt().toString());
        m.put("revoked_by", l.revokedBy());
        m.put("revoke_reason", l.revokeReason());
        m.put("sha256", l.sha256());
        m.put("object_key", l.objectKey());
        m.put("pages", l.pages());
        m.put("signature_level", l.signatureLevel());
        m.put("source_object_key", l.sourceObjectKey());
        m.put("source_sha256", l.sourceSha256());
        m.put("file", "copies/" + l.copyId() + ".pdf");
        return m;
    }

    private static final List<String> CSV_HEADER = List.of("copy_id", "copy_number", "book", "year", "seq", "register_no",
            "kind", "requester", "purpose", "clerk", "issued_at", "status", "revoked_at", "revoked_by", "revoke_reason", "sha256",
            "object_key", "pages", "signature_level", "source_object_key", "source_sha256", "file");

    private static String csv(List<CopyLine> lines) {
        StringBuilder b = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
        for (CopyLine l : lines) {
            Map<String, Object> r = row(l);
            b.append(String.join(",", CSV_HEADER.stream().map(k -> cell(r.get(k))).toList())).append('\n');
        }
        return b.toString();
    }

    private static String cell(Object v) {
        if (v == null) return "";
        String s = v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
