package vn.sogoc.archive.storage;

import vn.sogoc.archive.storage.common.ObjectConflictException;
import vn.sogoc.archive.storage.common.ObjectKeys;
import vn.sogoc.archive.storage.common.UserMetadata;
import vn.sogoc.archive.text.Hashes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake: an {@link ObjectStore} in memory with the same rules as the S3 store (write-once). */
public final class InMemoryObjectStore implements ObjectStore {

    private record Entry(StoredObject object, byte[] bytes) { }

    private final Map<String, Entry> objects = new ConcurrentHashMap<>();

    @Override
    public StoredObject put(String key, Path file, String contentType, Map<String, String> metadata) throws IOException {
        ObjectKeys.requireValid(key);
        UserMetadata.encode(metadata);
        if (!Files.isRegularFile(Objects.requireNonNull(file, "file"))) throw new NoSuchFileException(file.toString());
        byte[] bytes = Files.readAllBytes(file);
        StoredObject wanted = new StoredObject(key, bytes.length, Hashes.sha256(bytes), UserMetadata.canonical(metadata));
        Entry entry = objects.computeIfAbsent(key, k -> new Entry(wanted, bytes));
        if (!entry.object().sha256().equals(wanted.sha256())) {
            throw new ObjectConflictException("Object \"" + key + "\" already holds other content; write-once");
        }
        if (!entry.object().metadata().equals(wanted.metadata())) {
            throw new ObjectConflictException("Object \"" + key + "\" already holds other metadata; write-once");
        }
        return entry.object();
    }

    @Override
    public InputStream open(String key) throws IOException {
        Entry entry = objects.get(ObjectKeys.requireValid(key));
        if (entry == null) throw new NoSuchFileException(key);
        return new ByteArrayInputStream(entry.bytes());
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        return Optional.ofNullable(objects.get(ObjectKeys.requireValid(key))).map(Entry::object);
    }
}
