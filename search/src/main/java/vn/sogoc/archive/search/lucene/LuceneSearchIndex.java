package vn.sogoc.archive.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.search.SearchIndex;

/**
 * {@link SearchIndex} on Lucene 9: one {@link IndexWriter} on an {@link FSDirectory} and a
 * {@link SearcherManager} for near-real-time readers. Thread-safe: upserts and searches may run from
 * any number of threads. Only one instance (one process) may open a directory at a time (Lucene's
 * write lock; a second open fails with {@code LockObtainFailedException}).
 *
 * <p>Semantics:
 * <ul>
 *   <li>{@link #upsert} replaces the document with the same register number; it becomes visible to
 *       searches at the next {@link #commit} (or {@link #refresh}), and durable at the next commit.</li>
 *   <li>{@link #search} takes plain user text (never Lucene syntax): diacritics are ignored for
 *       matching but exact accents rank first; a number and symbol or register number (any case, with
 *       or without đ) finds its record first. Words are tried in three passes, each only if the
 *       previous found nothing: every word spelled right; every word with holder-name words allowed
 *       1–2 typos; any word (typos allowed). The top {@value #RESCORE_WINDOW} hits are then re-ranked
 *       with a bonus for the words as a phrase. A blank query returns an empty list.</li>
 *   <li>Snippets: original text with matches marked {@code «…»} (see {@link SnippetMaker}).</li>
 * </ul>
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** Upper bound of {@code limit} in {@link #search}. */
    public static final int MAX_LIMIT = 1_000;
    /** Number of top hits that the phrase bonus re-ranks. */
    static final int RESCORE_WINDOW = 50;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer folding = VietnameseAnalyzer.folding();
    private final Analyzer accented = VietnameseAnalyzer.accented();
    private final RecordDocuments documents = new RecordDocuments();
    private final QueryFactory queries = new QueryFactory();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Opens (or creates) the index in {@code directory}; the directory is created if missing. */
    public LuceneSearchIndex(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        this.directory = FSDirectory.open(directory);
        try {
            IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzer.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(this.directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            this.directory.close();
            throw e;
        }
    }

    /** Adds the record or replaces the one with the same register number; blank register number: IllegalArgumentException. */
    @Override
    public void upsert(IndexedRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        ensureOpen();
        Document doc = documents.toDocument(record); // rejects a blank register number
        writer.updateDocument(new Term(SearchFields.REGISTER_NO, record.registerNo()), doc);
    }

    @Override
    public void commit() throws IOException {
        ensureOpen();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes upserts visible to searches without the cost of a durable commit. */
    public void refresh() throws IOException {
        ensureOpen();
        searchers.maybeRefreshBlocking();
    }

    /** Number of records visible to searches. */
    public int documentCount() throws IOException {
        ensureOpen();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws IOException {
        return find(RecordQuery.text(query), limit);
    }

    /** Search with filters: the entry point for the richer query API to come (filters apply in every pass). */
    List<SearchHit> find(RecordQuery request, int limit) throws IOException {
        ensureOpen();
        if (limit <= 0) return List.of();
        ParsedQuery parsed = ParsedQuery.parse(request.text(), folding, accented);
        if (parsed.isEmpty()) return List.of();
        int n = Math.min(limit, MAX_LIMIT);
        IndexSearcher searcher = searchers.acquire();
        try {
            Query query = null;
            TopDocs top = null;
            for (QueryFactory.Mode mode : QueryFactory.Mode.values()) {
                if (mode == QueryFactory.Mode.ANY_FUZZY && parsed.folded().size() < 2) break;
                query = searcher.rewrite(request.toQuery(queries.textQuery(parsed, mode)));
                top = searcher.search(query, Math.max(n, RESCORE_WINDOW));
                if (top.scoreDocs.length > 0) break;
            }
            Query phrase = queries.phraseQuery(parsed);
            if (phrase != null && top.scoreDocs.length > 1) {
                top = QueryRescorer.rescore(searcher, top, phrase, QueryFactory.PHRASE_WEIGHT, n);
            } else if (top.scoreDocs.length > n) {
                top = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, n));
            }
            return hits(searcher, query, top);
        } finally {
            searchers.release(searcher);
        }
    }

    /** @param query the rewritten query (fuzzy words expanded), for the snippets */
    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        SnippetMaker snippets = new SnippetMaker(query, folding);
        List<SearchHit> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String holder = d.get(SearchFields.HOLDER_NAME);
            out.add(new SearchHit(d.get(SearchFields.REGISTER_NO), d.get(SearchFields.NUMBER),
                    d.get(SearchFields.TYPE_CODE), holder, sd.score,
                    snippets.snippet(d.get(SearchFields.TEXT), d.get(SearchFields.TYPE_TITLE), holder)));
        }
        return out;
    }

    private void ensureOpen() {
        if (closed.get()) throw new IllegalStateException("search index is closed");
    }

    /** Commits pending upserts and releases the directory. Idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) return;
        try (directory; writer; searchers) {
            // closed in reverse order: searchers, writer (commits), directory
        }
    }
}
