package vn.sogoc.archive.app.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.sogoc.archive.app.web.search.RecordSearchService;
import vn.sogoc.archive.search.lucene.RecordHit;
import vn.sogoc.archive.search.lucene.RecordSearchRequest;
import vn.sogoc.archive.search.lucene.RecordSearchResult;

/** The search page: a search box, facet counts that filter when clicked, filters, hits with marked snippets, pages. */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 10;
    private final RecordSearchService search;

    SearchPageController(RecordSearchService search) {
        this.search = search;
    }

    /** A facet value as a link that adds (or, when on, removes) it as a filter. */
    record FacetLink(String label, long count, String url, boolean on) { }

    /** A hit for the page: the record, its snippet as safe HTML, and its link. */
    record HitView(RecordHit hit, String snippetHtml, String url) { }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String field, @RequestParam(required = false) String issuer,
                  @RequestParam(required = false) String holder, @RequestParam(required = false) String status,
                  @RequestParam(required = false) @DateInput.DayFirst LocalDate issuedFrom,
                  @RequestParam(required = false) @DateInput.DayFirst LocalDate issuedTo,
                  @RequestParam(required = false) @DateInput.DayFirst LocalDate inForceOn,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "RELEVANCE") RecordSearchRequest.Sort sort, Model model) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "type", type);
        put(params, "field", field);
        put(params, "issuer", issuer);
        put(params, "holder", holder);
        put(params, "status", status);
        put(params, "issuedFrom", DateInput.format(issuedFrom));
        put(params, "issuedTo", DateInput.format(issuedTo));
        put(params, "inForceOn", DateInput.format(inForceOn));
        if (sort != RecordSearchRequest.Sort.RELEVANCE) params.put("sort", sort.name());
        model.addAttribute("p", params);
        model.addAttribute("sorts", RecordSearchRequest.Sort.values());
        model.addAttribute("sort", sort.name());
        boolean anything = params.keySet().stream().anyMatch(k -> !k.equals("sort"));
        model.addAttribute("searched", anything);
        if (!anything) {
            // the landing page: every record, newest first, so the facets show what the archive holds
            params.put("sort", RecordSearchRequest.Sort.ISSUED_DESC.name());
        }
        RecordSearchResult result = search.search(new RecordSearchRequest(q, type == null ? List.of() : List.of(type), field,
                issuer, holder, issuedFrom, issuedTo, status, inForceOn, Math.max(0, page), PAGE_SIZE,
                anything ? sort : RecordSearchRequest.Sort.ISSUED_DESC, true));
        if (!anything) params.remove("sort");
        model.addAttribute("result", result);
        model.addAttribute("hits", result.hits().stream().map(h -> new HitView(h, UiSupport.snippetHtml(h.snippet()),
                "/records/" + h.registerNo())).toList());
        Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
        Map<String, String> dimParam = Map.of("typeCode", "type", "field", "field", "issuer", "issuer", "status", "status");
        result.facets().forEach((dim, counts) -> {
            String param = dimParam.get(dim);
            List<FacetLink> links = new ArrayList<>();
            for (RecordSearchResult.FacetCount c : counts) {
                boolean on = c.value().equals(params.get(param));
                links.add(new FacetLink(c.value(), c.count(), url(params, param, on ? null : c.value(), 0), on));
            }
            if (!links.isEmpty()) facets.put(dim, links);
        });
        model.addAttribute("facets", facets);
        model.addAttribute("prevUrl", page > 0 ? url(params, null, null, page - 1) : null);
        model.addAttribute("nextUrl", (long) (page + 1) * PAGE_SIZE < result.total()
                && (page + 2) * PAGE_SIZE <= RecordSearchRequest.MAX_WINDOW ? url(params, null, null, page + 1) : null);
        model.addAttribute("page", page + 1);
        return "search";
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) m.put(k, v.strip());
    }

    /** The search URL with {@code param} set to {@code value} (null removes it) and the page. */
    static String url(Map<String, String> params, String param, String value, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
        params.forEach((k, v) -> {
            if (!k.equals(param)) b.queryParam(k, v);
        });
        if (param != null && value != null) b.queryParam(param, value);
        if (page > 0) b.queryParam("page", page);
        return b.encode().build().toUriString();
    }
}
