package vn.sogoc.archive.search.lucene;

import java.time.LocalDate;
import java.util.List;

/**
 * A search of archived records for the HTTP API and the web UI: plain user text (may be blank when
 * filters narrow the set) plus exact filters, paging, sorting and whether to count facets.
 *
 * @param text       user text (never Lucene syntax); blank means "every record the filters keep"
 * @param typeCodes  result type codes, any of them (empty: all types)
 * @param field      the field (lĩnh vực), exactly as indexed; null: any
 * @param issuer     the issuing authority, exactly as indexed; null: any
 * @param holder     holder id (exact) or holder name words (diacritics optional, all words must match)
 * @param issuedFrom issue date from, inclusive; null: open
 * @param issuedTo   issue date to, inclusive; null: open
 * @param status     register status (e.g. ACTIVE, REVOKED); null: any
 * @param inForceOn  keeps records in force on that day: ACTIVE, issued on or before it, not expired
 * @param page       0-based page
 * @param size       hits per page, 1..{@link #MAX_SIZE}
 * @param sort       order of the hits
 * @param facets     whether to count facets (type, field, issuer, status) over every hit
 */
public record RecordSearchRequest(String text, List<String> typeCodes, String field, String issuer, String holder,
                                  LocalDate issuedFrom, LocalDate issuedTo, String status, LocalDate inForceOn,
                                  int page, int size, Sort sort, boolean facets) {

    /** Largest page size. */
    public static final int MAX_SIZE = 100;
    /** Hits beyond this rank cannot be paged to (deep paging is not what people do). */
    public static final int MAX_WINDOW = 1_000;

    /** Order of hits. */
    public enum Sort { RELEVANCE, ISSUED_DESC, ISSUED_ASC, VALID_UNTIL_ASC }

    public RecordSearchRequest {
        typeCodes = typeCodes == null ? List.of() : typeCodes.stream().filter(s -> s != null && !s.isBlank()).toList();
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 0) throw new IllegalArgumentException("page: must be 0 or more (was " + page + ")");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size: must be 1.." + MAX_SIZE + " (was " + size + ")");
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page: only the first " + MAX_WINDOW + " hits can be paged to (page "
                    + page + " × size " + size + ")");
        }
        if (issuedFrom != null && issuedTo != null && issuedFrom.isAfter(issuedTo)) {
            throw new IllegalArgumentException("issuedFrom: " + issuedFrom + " is after issuedTo " + issuedTo);
        }
    }

    /** Text only, first page of {@code size}, relevance order, no facets. */
    public static RecordSearchRequest text(String text, int size) {
        return new RecordSearchRequest(text, List.of(), null, null, null, null, null, null, null, 0, size, Sort.RELEVANCE, false);
    }

    boolean blankText() {
        return text == null || text.isBlank();
    }
}
