package vn.sogoc.archive.digitize;

import java.nio.file.Path;

/**
 * A scan file submitted to the digitization job.
 *
 * @param source the file name as given (relative to the input folder)
 * @param sha256 SHA-256 of the file's bytes, upper-case hex: the key of all work done on it
 */
public record ScanFile(Path path, String source, String sha256, long size) { }
