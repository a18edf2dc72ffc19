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
 * filters (type, field, issuer, holder id, status, date ranges) are here for the richer query API to come.
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

    /** Keeps records whose date field ({@link SearchFields#ISSUED_ON}, {@link SearchFields#VALID_UNTIL}) is in [from, to]; null = open. */
    RecordQuery between(String dateField, LocalDate from, LocalDate to) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        filters.add(LongPoint.newRangeQuery(dateField, lo, hi));
        return this;
    }

    boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The Lucene query: the text query (scored) with the filters (not scored). */
    Query toQuery(Query textQuery) {
        if (filters.isEmpty()) return textQuery;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
        for (Query f : filters) b.add(f, Occur.FILTER);
        return b.build();
    }
}
