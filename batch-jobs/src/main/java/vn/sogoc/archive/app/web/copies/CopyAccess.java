package vn.sogoc.archive.app.web.copies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.copies.CopyLine;
import vn.sogoc.archive.app.copies.CopyRefusedException;
import vn.sogoc.archive.app.copies.CopyService;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/**
 * Fetching a copy's PDF over the web (API and UI): the copies service checks its SHA-256 against the
 * copy register, and every fetch is recorded (COPY_FETCHED) with the person's or system client's name.
 */
@Service
public class CopyAccess {

    private final CopyService copies;
    private final AuditTrail audit;
    private final ArchiveProperties properties;

    public CopyAccess(CopyService copies, AuditTrail audit, ArchiveProperties properties) {
        this.copies = copies;
        this.audit = audit;
        this.properties = properties;
    }

    /** A fetched copy: a verified temporary file (the caller sends and deletes it) and its register line. */
    public record Fetched(Path file, CopyLine line) { }

    public Fetched fetch(String copyId, String channel) throws IOException {
        CopyLine line = copies.find(copyId).orElseThrow(() -> new CopyRefusedException("UNKNOWN_COPY",
                "không có bản sao " + copyId, "no copy " + copyId));
        Files.createDirectories(properties.workDir());
        Path tmp = Files.createTempFile(properties.workDir(), "web-copy-", ".pdf");
        try {
            copies.writePdf(line.copyId(), tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        audit.append(new AuditEvent("COPY_FETCHED", Actors.current(), "copy", line.copyId(), "copy-" + line.copyId(),
                Map.of("copy_number", line.copyNumber(), "sha256", line.sha256(), "channel", channel,
                        "status", line.status().name())));
        return new Fetched(tmp, line);
    }
}
