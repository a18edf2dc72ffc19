package vn.sogoc.archive.app.web.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * Reads a stored object to a temporary file and checks its SHA-256 against the database before it is
 * served. Keys come from the database only, never from the request; the temporary file lives under
 * {@code home/work} with a generated name.
 */
@Component
public class RecordFiles {

    private final ObjectStore store;
    private final ArchiveProperties properties;

    public RecordFiles(ObjectStore store, ArchiveProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** A verified copy of the object; the caller deletes it. {@code expectedSha256} null: no check (unsigned review PDFs). */
    public Path fetch(String key, String expectedSha256) throws IOException {
        Files.createDirectories(properties.workDir());
        Path tmp = Files.createTempFile(properties.workDir(), "web-", ".pdf");
        try {
            try (InputStream in = store.open(key)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (expectedSha256 != null) {
                String sha = Hashes.sha256(tmp);
                if (!sha.equalsIgnoreCase(expectedSha256)) {
                    throw new ApiException(org.springframework.http.HttpStatus.CONFLICT,
                            "SHA-256 của bản lưu không khớp sổ / the stored object's SHA-256 " + sha
                                    + " differs from the register's " + expectedSha256);
                }
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
