package vn.sogoc.archive.storage.common;

import java.io.IOException;

/**
 * A put would replace an archived object with different content or metadata. Archived objects
 * are write-once: putting the same file with the same metadata again is idempotent, anything
 * else under an existing key is refused so that nothing already stored can be lost.
 */
public class ObjectConflictException extends IOException {

    public ObjectConflictException(String message) { super(message); }
}
