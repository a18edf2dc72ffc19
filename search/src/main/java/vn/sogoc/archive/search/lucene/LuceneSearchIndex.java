package vn.sogoc.archive.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SleepingLockWrapper;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.search.SearchIndex;

/**
 * {@link SearchIndex} on Lucene 9 over an {@link FSDirectory}, safe to share between processes: a
 * web server searching and a command-line job writing the same directory at the same time.
 *
 * <p>Lucene allows one {@link IndexWriter} per directory (its write lock). This index therefore opens
 * its writer lazily, at the first {@link #upsert}, and closes it again once it has been idle for
 * {@value #IDLE_RELEASE_MILLIS} ms after a {@link #commit}: the lock is held only while this process
 * writes (a job's writes in quick succession share one writer). A writer that finds the lock taken by another process
 * waits for it up to {@code lockWaitMillis}, then fails with {@code LockObtainFailedException}.
 * Searches never need the lock: they use a {@link DirectoryReader} on the last commit, reopened when the
 * index changed (checked at most every {@value #REFRESH_CHECK_MILLIS} ms, and at once after this
 * instance's own commit). Thread-safe.
 *
 * <p>Semantics:
 * <ul>
 *   <li>{@link #upsert} replaces the document with the same register number; it becomes visible to
 *       searches, and durable, at the next {@link #commit} (or {@link #refresh}, or {@link #close}).</li>
 *   <li>{@link #search} takes plain user text (never Lucene syntax): diacritics are ignored for
 *       matching but exact accents rank first; a number and symbol or register number (any case, with
 *       or without đ) finds its record first. Words are tried in three passes, each only if the
 *       previous found nothing: every word spelled right; every word with holder-name words allowed
 *       1–2 typos; any word (typos allowed; only without filters). A broad first pass is ranked in two
 *       phases (a lean walk over every hit, the full scoring over its top {@value #LEAN_WINDOW}; see
 *       {@code rank}). The top {@value #RESCORE_WINDOW} hits are then re-ranked with a bonus for the words
 *       as a phrase. A blank query returns an empty list.</li>
 *   <li>{@link #search(RecordSearchRequest)} adds filters (applied in every pass), facet counts, paging
 *       and sorting; a blank text with it lists every record the filters keep.</li>
 *   <li>Snippets: original text with matches marked {@code «…»} (see {@link SnippetMaker}).</li>
 * </ul>
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** Upper bound of {@code limit} in {@link #search}. */
    public static final int MAX_LIMIT = 1_000;
    /** Number of top hits that the phrase bonus re-ranks. */
    static final int RESCORE_WINDOW = 50;
    /** Top hits of the lean ranking that the full query re-ranks (see {@link #rank}). */
    static final int LEAN_WINDOW = 500;
    /** A typo-tolerant pass with at least this many hits is scored by walking the query, not hit by hit. */
    static final int SCORE_HITS_MAX = 50_000;
    /** Without facets, totals are counted exactly up to this many hits, then reported as a lower bound. */
    static final int EXACT_TOTAL_UP_TO = 1_000;
    /** How often a search checks whether another process committed. */
    static final long REFRESH_CHECK_MILLIS = 250;
    /** A committed writer idle this long is closed, releasing the write lock for other processes. */
    static final long IDLE_RELEASE_MILLIS = 1_000;
    private static final java.util.concurrent.ScheduledExecutorService RELEASER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lucene-writer-release");
                t.setDaemon(true);
                return t;
            });
    /** How often a waiting writer retries the lock. */
    static final long LOCK_POLL_MILLIS = 50;
    /** Default wait for another process's write lock. */
    public static final long DEFAULT_LOCK_WAIT_MILLIS = 30_000;

    private final Directory directory;
    private final long lockWaitMillis;
    private final ReentrantReadWriteLock writeLock = new ReentrantReadWriteLock();
    private IndexWriter writer; // guarded by writeLock (created under the read lock inside synchronized)
    private long writes; // upserts so far, guarded by this
    private java.util.concurrent.ScheduledFuture<?> release; // guarded by this
    private volatile SearcherManager searchers; // null until the directory holds an index
    private volatile long lastCheck;
    private volatile FacetState facetState;
    private volatile int leanWindow = LEAN_WINDOW;
    private final Analyzer folding = VietnameseAnalyzer.folding();
    private final Analyzer accented = VietnameseAnalyzer.accented();
    private final RecordDocuments documents = new RecordDocuments();
    private final QueryFactory queries = new QueryFactory();
    private final AtomicBoolean closed = new AtomicBoolean();

    private record FacetState(Object readerKey, SortedSetDocValuesReaderState state) { }

    /** Opens the index in {@code directory} (created at the first commit if missing). */
    public LuceneSearchIndex(Path directory) throws IOException {
        this(directory, DEFAULT_LOCK_WAIT_MILLIS);
    }

    /** @param lockWaitMillis how long a writer waits for another process's write lock */
    public LuceneSearchIndex(Path directory, long lockWaitMillis) throws IOException {
        Objects.requireNonNull(directory, "directory");
        this.directory = FSDirectory.open(directory);
        this.lockWaitMillis = lockWaitMillis;
    }

    /** Adds the record or replaces the one with the same register number; blank register number: IllegalArgumentException. */
    @Override
    public void upsert(IndexedRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        ensureOpen();
        Document doc = documents.toDocument(record); // rejects a blank register number
        writeLock.readLock().lock();
        try {
            writer().updateDocument(new Term(SearchFields.REGISTER_NO, record.registerNo()), doc);
        } finally {
            writeLock.readLock().unlock();
        }
    }

    private synchronized IndexWriter writer() throws IOException {
        writes++;
        if (release != null) {
            release.cancel(false);
            release = null;
        }
        if (writer == null) {
            IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzer.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(new SleepingLockWrapper(directory, lockWaitMillis, LOCK_POLL_MILLIS), config);
        }
        return writer;
    }

    /**
     * Commits what was upserted and shows it to searches; the writer (and the write lock) is released
     * when no upsert follows within {@value #IDLE_RELEASE_MILLIS} ms.
     */
    @Override
    public void commit() throws IOException {
        ensureOpen();
        flush(true);
    }

    /** Makes upserts visible to searches (a commit that keeps the writer open). */
    public void refresh() throws IOException {
        ensureOpen();
        flush(false);
    }

    private void flush(boolean release) throws IOException {
        writeLock.writeLock().lock();
        try {
            synchronized (this) {
                if (writer != null) {
                    writer.commit();
                    if (release) scheduleRelease(writes);
                }
            }
        } finally {
            writeLock.writeLock().unlock();
        }
        SearcherManager m = searchers();
        if (m != null) m.maybeRefreshBlocking();
    }

    private synchronized void scheduleRelease(long writesAtCommit) {
        if (release != null) release.cancel(false);
        release = RELEASER.schedule(() -> releaseIfIdle(writesAtCommit), IDLE_RELEASE_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Closes the writer if nothing was upserted since the commit that scheduled this. */
    private void releaseIfIdle(long writesAtCommit) {
        writeLock.writeLock().lock();
        try {
            synchronized (this) {
                if (closed.get() || writer == null || writes != writesAtCommit) return;
                writer.close(); // nothing uncommitted: closing only releases the lock
                writer = null;
                release = null;
            }
        } catch (IOException | RuntimeException e) {
            // the next upsert reopens; a failed close leaves nothing uncommitted
        } finally {
            writeLock.writeLock().unlock();
        }
    }

    /** Releases the write lock now (commits first), e.g. before another process must write. */
    public void releaseWriter() throws IOException {
        ensureOpen();
        writeLock.writeLock().lock();
        try {
            synchronized (this) {
                if (writer != null) {
                    writer.close();
                    writer = null;
                }
                if (release != null) {
                    release.cancel(false);
                    release = null;
                }
            }
        } finally {
            writeLock.writeLock().unlock();
        }
        SearcherManager m = searchers();
        if (m != null) m.maybeRefreshBlocking();
    }

    /**
     * Sets how many top hits of the lean ranking the full query re-ranks; {@link Integer#MAX_VALUE} re-ranks
     * every hit, which is the full ranking (the benchmark compares the two).
     */
    void leanWindow(int hits) {
        this.leanWindow = hits;
    }

    /** Number of records visible to searches. */
    public int documentCount() throws IOException {
        ensureOpen();
        SearcherManager m = searchers();
        if (m == null) return 0;
        IndexSearcher searcher = m.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            m.release(searcher);
        }
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws IOException {
        return find(RecordQuery.text(query), limit);
    }

    /** Search with filters, text required (filters apply in every pass). */
    List<SearchHit> find(RecordQuery request, int limit) throws IOException {
        ensureOpen();
        if (limit <= 0) return List.of();
        ParsedQuery parsed = ParsedQuery.parse(request.text(), folding, accented);
        if (parsed.isEmpty()) return List.of();
        SearcherManager m = searchers();
        if (m == null) return List.of();
        int n = Math.min(limit, MAX_LIMIT);
        IndexSearcher searcher = m.acquire();
        try {
            Ranked ranked = rank(searcher, request, parsed, n, null);
            StoredFields stored = searcher.storedFields();
            SnippetMaker snippets = new SnippetMaker(ranked.query(), folding);
            List<SearchHit> out = new ArrayList<>(ranked.top().scoreDocs.length);
            for (ScoreDoc sd : ranked.top().scoreDocs) {
                Document d = stored.document(sd.doc);
                String holder = d.get(SearchFields.HOLDER_NAME);
                out.add(new SearchHit(d.get(SearchFields.REGISTER_NO), d.get(SearchFields.NUMBER),
                        d.get(SearchFields.TYPE_CODE), holder, sd.score,
                        snippets.snippet(d.get(SearchFields.TEXT), d.get(SearchFields.TYPE_TITLE), holder)));
            }
            return out;
        } finally {
            m.release(searcher);
        }
    }

    /**
     * The richer search of the HTTP API and the web UI: text and filters, facets, a page of hits.
     * Bad parameters are rejected by {@link RecordSearchRequest}'s constructor.
     */
    public RecordSearchResult search(RecordSearchRequest request) throws IOException {
        ensureOpen();
        Objects.requireNonNull(request, "request");
        SearcherManager m = searchers();
        if (m == null) return RecordSearchResult.empty(request);
        RecordQuery filtered = RecordFilters.apply(request, folding);
        int n = (request.page() + 1) * request.size();
        IndexSearcher searcher = m.acquire();
        try {
            FacetsCollector fc = request.facets() ? new FacetsCollector() : null;
            Query query;
            TopDocs top;
            ParsedQuery parsed = ParsedQuery.parse(request.text(), folding, accented);
            Sort sort = sortOf(request.sort());
            if (parsed.isEmpty()) {
                if (!request.blankText()) return RecordSearchResult.empty(request); // only punctuation
                query = filtered.filtersOnly();
                Sort order = sort != null ? sort : sortOf(RecordSearchRequest.Sort.ISSUED_DESC);
                top = fc != null ? FacetsCollector.search(searcher, query, n, order, fc) : searcher.search(query, n, order);
            } else if (sort == null) {
                Ranked ranked = rank(searcher, filtered, parsed, n, fc);
                query = ranked.query();
                top = ranked.top();
            } else {
                query = null;
                top = null;
                for (QueryFactory.Mode mode : QueryFactory.Mode.values()) {
                    if (mode == QueryFactory.Mode.ANY_FUZZY && (parsed.folded().size() < 2 || filtered.hasFilters())) break;
                    query = searcher.rewrite(filtered.toQuery(queries.textQuery(parsed, mode)));
                    fc = request.facets() ? new FacetsCollector() : null;
                    top = fc != null ? FacetsCollector.search(searcher, query, n, sort, fc) : searcher.search(query, n, sort);
                    if (top.scoreDocs.length > 0) break;
                }
            }
            long total = top.totalHits.value;
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            if (fc != null) {
                total = fc.getMatchingDocs().stream().mapToLong(md -> md.totalHits).sum();
                exact = true;
            }
            int from = request.page() * request.size();
            ScoreDoc[] page = from >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + request.size()));
            List<RecordHit> hits = hits(searcher, query, page);
            Map<String, List<RecordSearchResult.FacetCount>> facets = fc == null || total == 0 ? Map.of()
                    : facets(searcher, fc);
            return new RecordSearchResult(total, exact, request.page(), request.size(), hits, facets);
        } finally {
            m.release(searcher);
        }
    }

    /** What {@link #rank} found: the query of the pass that matched (rewritten, for snippets) and its top hits. */
    private record Ranked(Query query, TopDocs top) { }

    /**
     * The three passes (see the class comment) and the phrase rescoring; {@code fc} collects every hit of
     * the pass that found something. Each pass is one walk over its hits:
     * <ul>
     *   <li>every word spelled right: the lean query ({@link QueryFactory#leanQuery}: the same hits, scored
     *       without the accent bonus, two scorers per word instead of three) collects the top
     *       {@value #LEAN_WINDOW} hits, the count and the facets; that window is then re-ranked with the full
     *       query. A search with at most {@value #LEAN_WINDOW} hits is thus ranked exactly as by the full
     *       query; a broader one differs only where the accent bonus would lift a record from below the
     *       window (the benchmark measures how often the top 10 differs).</li>
     *   <li>typo-tolerant passes (only when the previous found nothing): matched without scores first, with
     *       the near-miss filter ({@link QueryFactory#nearMisses}) in the every-word pass; scored only if
     *       something matched.</li>
     * </ul>
     * The total is exact with facets, otherwise up to {@value #EXACT_TOTAL_UP_TO} (beyond, block-max
     * skipping leaves it a lower bound, flagged as such).
     */
    private Ranked rank(IndexSearcher searcher, RecordQuery request, ParsedQuery parsed, int n, FacetsCollector fc)
            throws IOException {
        int k = Math.max(n, RESCORE_WINDOW);
        Query query = null;
        TopDocs top = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        Map<Integer, List<Term>> near = Map.of();
        for (QueryFactory.Mode mode : QueryFactory.Mode.values()) {
            // "any word" is a fallback for plain searches; with filters the person has narrowed the set already
            if (mode == QueryFactory.Mode.ANY_FUZZY && (parsed.folded().size() < 2 || request.hasFilters())) break;
            if (mode == QueryFactory.Mode.ALL_FUZZY) {
                near = queries.nearSpellings(parsed, q -> rewrite(searcher, q), w -> docFreq(searcher, SearchFields.ALL, w) > docFreq(searcher, SearchFields.HOLDER, w));
                // then it would find nothing the exact pass missed
                if (near.isEmpty() && parsed.codes().isEmpty()) continue;
            }
            Query text = queries.textQuery(parsed, mode, near::containsKey);
            query = searcher.rewrite(request.toQuery(text));
            FacetsCollector pass = fc != null ? new FacetsCollector(false) : null;
            if (mode == QueryFactory.Mode.ALL_EXACT) {
                Query lean = searcher.rewrite(request.toQuery(queries.leanQuery(parsed)));
                int size = Math.max(k, Math.min(leanWindow, searcher.getIndexReader().maxDoc()));
                TopScoreDocCollector window = new TopScoreDocCollectorManager(size, null,
                        fc != null ? Integer.MAX_VALUE : Math.max(size, EXACT_TOTAL_UP_TO)).newCollector();
                searcher.search(lean, pass == null ? window : MultiCollector.wrap(window, pass));
                top = window.topDocs();
                if (top.scoreDocs.length > 0) top = rescoreInFull(searcher, top, query, k);
            } else if (fc == null && !request.hasFilters()) {
                // typo-tolerant plain search: one scored walk, block-max skipping where it can (a name typo
                // can match thousands of similar names, too many to score one by one)
                top = searcher.search(query, new TopScoreDocCollectorManager(k, null, EXACT_TOTAL_UP_TO));
            } else {
                // typo-tolerant with filters or facets: match without scores (a pass without hits costs no
                // scoring), then score only the hits: the heavy fuzzy clauses are advanced to each hit
                // instead of walking every record of common words
                if (pass == null) pass = new FacetsCollector(false);
                searcher.search(request.toQuery(queries.fuzzyMatchQuery(parsed, mode, near)), pass);
                top = scoreHits(searcher, pass, query, k);
            }
            if (top.scoreDocs.length > 0) {
                if (fc != null) pass.getMatchingDocs().forEach(fc.getMatchingDocs()::add);
                break;
            }
        }
        Query phrase = queries.phraseQuery(parsed);
        if (phrase != null && top.scoreDocs.length > 1) {
            top = QueryRescorer.rescore(searcher, top, phrase, QueryFactory.PHRASE_WEIGHT, n);
        } else if (top.scoreDocs.length > n) {
            top = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, n));
        }
        return new Ranked(query, top);
    }

    /** Records whose {@code field} has the folded word. */
    private static int docFreq(IndexSearcher searcher, String field, String word) {
        try {
            return searcher.getIndexReader().docFreq(new Term(field, word));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Query rewrite(IndexSearcher searcher, Query q) {
        try {
            return searcher.rewrite(q);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The top k of the hits {@code matched} collected, scored by {@code query} (which they all match); a very
     * broad match ({@value #SCORE_HITS_MAX} hits or more) is scored by a walk of the query instead.
     */
    private static TopDocs scoreHits(IndexSearcher searcher, FacetsCollector matched, Query query, int k)
            throws IOException {
        long hits = matched.getMatchingDocs().stream().mapToLong(md -> md.totalHits).sum();
        if (hits == 0) return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        if (hits >= SCORE_HITS_MAX) {
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k, null, k));
            return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO), top.scoreDocs);
        }
        ScoreDoc[] docs = new ScoreDoc[(int) hits];
        int i = 0;
        for (FacetsCollector.MatchingDocs md : matched.getMatchingDocs()) {
            if (md.totalHits == 0) continue;
            org.apache.lucene.search.DocIdSetIterator it = md.bits.iterator();
            for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS && i < docs.length;
                    d = it.nextDoc()) {
                docs[i++] = new ScoreDoc(md.context.docBase + d, 0f);
            }
        }
        return rescoreInFull(searcher, new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO),
                i == docs.length ? docs : Arrays.copyOf(docs, i)), query, k);
    }

    /** The window's hits ordered by the full query's score (every hit of the window matches it), top k. */
    private static TopDocs rescoreInFull(IndexSearcher searcher, TopDocs window, Query full, int k) throws IOException {
        TopDocs ranked = new QueryRescorer(full) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : firstPassScore;
            }
        }.rescore(searcher, window, k);
        return new TopDocs(window.totalHits, ranked.scoreDocs);
    }

    private static Sort sortOf(RecordSearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case ISSUED_DESC -> new Sort(new SortField(SearchFields.ISSUED_ON, SortField.Type.LONG, true));
            case ISSUED_ASC -> new Sort(new SortField(SearchFields.ISSUED_ON, SortField.Type.LONG, false));
            case VALID_UNTIL_ASC -> {
                SortField f = new SortField(SearchFields.VALID_UNTIL, SortField.Type.LONG, false);
                f.setMissingValue(Long.MAX_VALUE); // no expiry last
                yield new Sort(f);
            }
        };
    }

    /** @param query the rewritten query (fuzzy words expanded), for the snippets; null when there is no text */
    private List<RecordHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        SnippetMaker snippets = query == null ? null : new SnippetMaker(query, folding);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<RecordHit> out = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc);
            String holder = d.get(SearchFields.HOLDER_NAME);
            String text = d.get(SearchFields.TEXT);
            String snippet = snippets != null ? snippets.snippet(text, d.get(SearchFields.TYPE_TITLE), holder)
                    : text == null ? "" : shorten(text);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int local = sd.doc - leaf.docBase;
            out.add(new RecordHit(d.get(SearchFields.REGISTER_NO), d.get(SearchFields.NUMBER),
                    d.get(SearchFields.TYPE_CODE), d.get(SearchFields.TYPE_TITLE), holder, d.get(SearchFields.ISSUER),
                    d.get(SearchFields.FIELD), d.get(SearchFields.STATUS), day(leaf, SearchFields.ISSUED_ON, local),
                    day(leaf, SearchFields.VALID_UNTIL, local), sd.score, snippet));
        }
        return out;
    }

    private static String shorten(String text) {
        String plain = text.replaceAll("\\s+", " ").strip();
        return plain.length() <= SnippetMaker.FRAGMENT_CHARS ? plain : plain.substring(0, SnippetMaker.FRAGMENT_CHARS) + "…";
    }

    private static LocalDate day(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues v = leaf.reader().getNumericDocValues(field);
        return v != null && v.advanceExact(doc) ? LocalDate.ofEpochDay(v.longValue()) : null;
    }

    private Map<String, List<RecordSearchResult.FacetCount>> facets(IndexSearcher searcher, FacetsCollector fc)
            throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), fc);
        Map<String, List<RecordSearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : SearchFields.FACET_DIMENSIONS) {
            List<RecordSearchResult.FacetCount> values = new ArrayList<>();
            try {
                FacetResult r = counts.getTopChildren(50, dim);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) values.add(new RecordSearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            } catch (IllegalArgumentException noSuchDimension) {
                // no document has this dimension yet
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    /** The facet ordinal state of a reader, built once per reader (it walks every facet value). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        FacetState s = facetState;
        if (s == null || s.readerKey() != key) {
            s = new FacetState(key, new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig()));
            facetState = s;
        }
        return s.state();
    }

    /** The searcher manager on the last commit, opened when the directory first holds an index; refreshed when stale. */
    private SearcherManager searchers() throws IOException {
        SearcherManager m = searchers;
        if (m == null) {
            synchronized (this) {
                m = searchers;
                if (m == null) {
                    if (!DirectoryReader.indexExists(directory)) return null;
                    m = new SearcherManager(directory, null);
                    searchers = m;
                    lastCheck = System.nanoTime();
                }
            }
            return m;
        }
        long now = System.nanoTime();
        if (now - lastCheck > REFRESH_CHECK_MILLIS * 1_000_000L) {
            lastCheck = now;
            m.maybeRefresh(); // another process may have committed; non-blocking
        }
        return m;
    }

    private void ensureOpen() {
        if (closed.get()) throw new IllegalStateException("search index is closed");
    }

    /** Commits pending upserts and releases the directory. Idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) return;
        writeLock.writeLock().lock();
        try (directory) {
            SearcherManager m = searchers;
            synchronized (this) {
                if (release != null) release.cancel(false);
                if (writer != null) {
                    writer.close(); // commits
                    writer = null;
                }
            }
            if (m != null) m.close();
        } finally {
            writeLock.writeLock().unlock();
        }
    }
}
