package vn.sogoc.archive.storage;

import java.io.IOException;

/** An object read back from the store does not match what was written. */
public class StorageIntegrityException extends IOException {

    public StorageIntegrityException(String message) { super(message); }
}
