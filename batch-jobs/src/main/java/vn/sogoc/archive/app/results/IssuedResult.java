package vn.sogoc.archive.app.results;

/**
 * A born-digital result entered in the master register.
 *
 * @param convertedToPdfa false when the file already was PDF/A-2b and was kept as it was
 */
public record IssuedResult(String registerNo, String objectKey, String sha256, int pages, boolean convertedToPdfa) { }
