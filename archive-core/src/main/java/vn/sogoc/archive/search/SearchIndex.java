package vn.sogoc.archive.search;

import java.io.IOException;
import java.util.List;

/**
 * Full-text index of archived records (port). Matching ignores Vietnamese diacritics; a number and
 * symbol finds its record exactly. {@link #upsert} replaces any document with the same register number.
 */
public interface SearchIndex extends AutoCloseable {

    void upsert(IndexedRecord record) throws IOException;

    /** Makes what was upserted visible to searches and durable. */
    void commit() throws IOException;

    List<SearchHit> search(String query, int limit) throws IOException;

    @Override
    void close() throws IOException;
}
