package vn.sogoc.archive.search.lucene;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with the total and, when asked for, facet counts per dimension
 * ({@code typeCode}, {@code field}, {@code issuer}, {@code status}), largest first.
 *
 * @param total      number of matching records; exact when {@code totalExact}, else a lower bound
 */
public record RecordSearchResult(long total, boolean totalExact, int page, int size, List<RecordHit> hits,
                                 Map<String, List<FacetCount>> facets) {

    /** One facet value and how many hits have it. */
    public record FacetCount(String value, long count) { }

    static RecordSearchResult empty(RecordSearchRequest r) {
        return new RecordSearchResult(0, true, r.page(), r.size(), List.of(), Map.of());
    }
}
