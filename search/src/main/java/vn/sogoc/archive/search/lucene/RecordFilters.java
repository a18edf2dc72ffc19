package vn.sogoc.archive.search.lucene;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns the filters of a {@link RecordSearchRequest} into non-scoring Lucene clauses on a {@link RecordQuery}. */
final class RecordFilters {

    private RecordFilters() { }

    static RecordQuery apply(RecordSearchRequest r, Analyzer folding) {
        RecordQuery q = RecordQuery.text(r.text());
        if (!r.typeCodes().isEmpty()) {
            if (r.typeCodes().size() == 1) {
                q.where(SearchFields.TYPE_CODE, r.typeCodes().get(0).strip());
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String t : r.typeCodes()) any.add(new TermQuery(new Term(SearchFields.TYPE_CODE, t.strip())), Occur.SHOULD);
                q.filter(any.build());
            }
        }
        if (notBlank(r.field())) q.where(SearchFields.FIELD, r.field().strip());
        if (notBlank(r.issuer())) q.where(SearchFields.ISSUER, r.issuer().strip());
        if (notBlank(r.status())) q.where(SearchFields.STATUS, r.status().strip());
        if (notBlank(r.holder())) q.filter(holder(r.holder(), folding));
        if (r.issuedFrom() != null || r.issuedTo() != null) q.between(SearchFields.ISSUED_ON, r.issuedFrom(), r.issuedTo());
        if (r.inForceOn() != null) q.filter(inForceOn(r.inForceOn()));
        return q;
    }

    /** Holder id exactly, or every word of the holder name (folded). */
    private static Query holder(String holder, Analyzer folding) {
        String h = holder.strip();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(SearchFields.HOLDER_ID, h)), Occur.SHOULD);
        List<String> words = ParsedQuery.parse(h, folding, folding).folded();
        if (!words.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : words) all.add(new TermQuery(new Term(SearchFields.HOLDER, w)), Occur.MUST);
            b.add(all.build(), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * ACTIVE, issued on or before the day, and no expiry or expiry on or after it; "not expired" is
     * written as "no expiry before the day" (a point range excluded), so records without an expiry
     * need no scan of every document.
     */
    static Query inForceOn(LocalDate day) {
        long d = day.toEpochDay();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.STATUS, "ACTIVE")), Occur.FILTER)
                .add(RecordQuery.dateRange(SearchFields.ISSUED_ON, Long.MIN_VALUE, d), Occur.FILTER)
                .add(RecordQuery.dateRange(SearchFields.VALID_UNTIL, Long.MIN_VALUE, d - 1), Occur.MUST_NOT)
                .build();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
