package vn.sogoc.archive.search.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Internal builder of a record search: user text plus exact filters. The port only uses the text;
 * the filters (type, field, issuer, holder, status, date ranges) serve {@link RecordSearchRequest}.
 * Not thread-safe; build one per search.
 */
final class RecordQuery {

    private final String text;
    private final List<Query> filters = new ArrayList<>();

    private RecordQuery(String text) {
        this.text = text;
    }

    static RecordQuery text(String text) {
        return new RecordQuery(text);
    }

    String text() {
        return text;
    }

    /** Keeps records whose keyword field (e.g. {@link SearchFields#TYPE_CODE}) equals the value exactly. */
    RecordQuery where(String keywordField, String value) {
        filters.add(new TermQuery(new Term(keywordField, value)));
        return this;
    }

    /** Keeps records that match {@code filter} (not scored). */
    RecordQuery filter(Query filter) {
        filters.add(filter);
        return this;
    }

    /** Keeps records whose date field ({@link SearchFields#ISSUED_ON}, {@link SearchFields#VALID_UNTIL}) is in [from, to]; null = open. */
    RecordQuery between(String dateField, LocalDate from, LocalDate to) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        filters.add(dateRange(dateField, lo, hi));
        return this;
    }

    /**
     * A range of epoch days that is cheap whether it leads the search (points) or only checks the
     * candidates another clause found (doc values): a wide date range never materialises every document.
     */
    static Query dateRange(String dateField, long lo, long hi) {
        return new org.apache.lucene.search.IndexOrDocValuesQuery(LongPoint.newRangeQuery(dateField, lo, hi),
                org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(dateField, lo, hi));
    }

    boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** Only the filters, for a search without text (every record they keep, constant score). */
    Query filtersOnly() {
        if (filters.isEmpty()) return new org.apache.lucene.search.MatchAllDocsQuery();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query f : filters) b.add(f, Occur.FILTER);
        return b.build();
    }

    /** The Lucene query: the text query (scored) with the filters (not scored). */
    Query toQuery(Query textQuery) {
        if (filters.isEmpty()) return textQuery;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
        for (Query f : filters) b.add(f, Occur.FILTER);
        return b.build();
    }
}
