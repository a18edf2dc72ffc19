package vn.sogoc.archive.app.copies;

/**
 * A copy just issued: its register line and how long each step took (milliseconds), for the benchmark.
 *
 * @param fetchMs  reading the archived record from the object store and checking its SHA-256
 * @param stampMs  building the copy document (pages, metadata, certification block)
 * @param waitMs   waiting for the (book, year) counter lock
 * @param signMs   the PAdES signature with its RFC 3161 timestamp (and revocation data at B-LT)
 * @param storeMs  writing the copy to the object store (with read-back check), after the commit
 * @param recordMs the SHA-256, the register line, the audit entry and the commit
 */
public record IssuedCopy(CopyLine line, long fetchMs, long stampMs, long waitMs, long signMs, long storeMs, long recordMs) {

    public long totalMs() {
        return fetchMs + stampMs + waitMs + signMs + storeMs + recordMs;
    }
}
