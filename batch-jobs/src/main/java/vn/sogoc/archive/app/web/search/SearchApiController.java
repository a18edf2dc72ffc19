package vn.sogoc.archive.app.web.search;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.sogoc.archive.search.lucene.RecordSearchRequest;
import vn.sogoc.archive.search.lucene.RecordSearchResult;

/** {@code GET /api/v1/records}: full-text search of archived records with filters, facets, paging and sorting (CLERK). */
@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "records", description = "Tìm kiếm và tải hồ sơ lưu trữ / search and fetch archived records")
class SearchApiController {

    private final RecordSearchService search;

    SearchApiController(RecordSearchService search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Tìm kiếm hồ sơ / search archived records",
            description = "Full text (diacritics optional; a number and symbol finds its record first), filters, facet "
                    + "counts, snippets with matches marked «…», paging and sorting. A blank q lists what the filters keep.")
    RecordSearchResult search(
            @RequestParam(required = false) @Parameter(description = "full text, plain words (no query syntax)") String q,
            @RequestParam(required = false) @Parameter(description = "result type codes, any of them") List<String> type,
            @RequestParam(required = false) @Parameter(description = "field (lĩnh vực), exact") String field,
            @RequestParam(required = false) @Parameter(description = "issuing authority, exact") String issuer,
            @RequestParam(required = false) @Parameter(description = "holder id or holder name words") String holder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedTo,
            @RequestParam(required = false) @Parameter(description = "register status, e.g. ACTIVE, REVOKED") String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "only results in force on this day") LocalDate inForceOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "RELEVANCE") RecordSearchRequest.Sort sort,
            @RequestParam(defaultValue = "true") boolean facets) {
        return search.search(new RecordSearchRequest(q, type, field, issuer, holder, issuedFrom, issuedTo, status,
                inForceOn, page, size, sort, facets));
    }
}
