package vn.sogoc.archive.capture;

import java.nio.file.Path;

/** A file that is not a scan of an accepted format at all (e.g. a text file or a spreadsheet). */
public class UnsupportedFormatException extends UnreadableScanException {

    public UnsupportedFormatException(Path file, String reason) { super(file, reason); }
}
