package vn.sogoc.archive.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The archive's object store (kho lưu trữ) (port). {@link #put} stores the SHA-256 in the object's
 * metadata, reads the object back and compares before returning.
 */
public interface ObjectStore {

    /**
     * @throws StorageIntegrityException when the object read back differs from the file
     */
    StoredObject put(String key, Path file, String contentType, Map<String, String> metadata) throws IOException;

    InputStream open(String key) throws IOException;

    Optional<StoredObject> stat(String key) throws IOException;
}
