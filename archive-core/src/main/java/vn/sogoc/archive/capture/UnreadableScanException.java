package vn.sogoc.archive.capture;

import java.nio.file.Path;

/** A scan that cannot be read at all; the message names the file and the reason. */
public class UnreadableScanException extends Exception {

    private final transient Path file;

    public UnreadableScanException(Path file, String reason) { this(file, reason, null); }

    public UnreadableScanException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
