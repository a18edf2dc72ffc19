package vn.sogoc.archive.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.search.IndexedRecord;

/** Filters, facets, paging and sorting of {@link LuceneSearchIndex#search(RecordSearchRequest)}. */
class RecordSearchRequestTest {

    static final int N = 200;
    static final long SEED = 11;
    @TempDir
    static Path dir;
    static LuceneSearchIndex index;
    static List<IndexedRecord> all = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        index = new LuceneSearchIndex(dir);
        for (int i = 0; i < N; i++) {
            IndexedRecord r = SyntheticRecords.record(i, SEED);
            all.add(r);
            index.upsert(r);
        }
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static RecordSearchRequest req(String text, List<String> types, String field, String issuer, String holder,
                                   LocalDate from, LocalDate to, String status, LocalDate inForce, int page, int size,
                                   RecordSearchRequest.Sort sort) {
        return new RecordSearchRequest(text, types, field, issuer, holder, from, to, status, inForce, page, size, sort, true);
    }

    @Test
    void facetsCountEveryHitAndFiltersNarrowThem() throws Exception {
        RecordSearchResult r = index.search(req("", List.of(), null, null, null, null, null, null, null, 0, 10, null));
        assertThat(r.total()).isEqualTo(N);
        assertThat(r.hits()).hasSize(10);
        Map<String, Long> types = new java.util.HashMap<>();
        all.forEach(x -> types.merge(x.typeCode(), 1L, Long::sum));
        assertThat(r.facets().get(SearchFields.TYPE_CODE)).allSatisfy(f -> assertThat(f.count()).isEqualTo(types.get(f.value())));
        assertThat(r.facets().get(SearchFields.STATUS)).extracting(RecordSearchResult.FacetCount::value)
                .containsExactlyInAnyOrder("ACTIVE", "REVOKED");

        RecordSearchResult attp = index.search(req("an toan thuc pham", List.of("ATTP_CSDK"), null, null, null,
                null, null, null, null, 0, 100, null));
        assertThat(attp.total()).isEqualTo(types.get("ATTP_CSDK"));
        assertThat(attp.hits()).allSatisfy(h -> assertThat(h.typeCode()).isEqualTo("ATTP_CSDK"));
        assertThat(attp.hits().get(0).snippet()).contains("«");
        assertThat(attp.facets().get(SearchFields.TYPE_CODE)).extracting(RecordSearchResult.FacetCount::value)
                .containsExactly("ATTP_CSDK");
    }

    @Test
    void dateRangeInForceHolderAndIssuerFilters() throws Exception {
        LocalDate from = LocalDate.of(2010, 1, 1), to = LocalDate.of(2014, 12, 31);
        long expected = all.stream().filter(x -> !x.issuedOn().isBefore(from) && !x.issuedOn().isAfter(to)).count();
        RecordSearchResult r = index.search(req(null, List.of(), null, null, null, from, to, null, null, 0, 100,
                RecordSearchRequest.Sort.ISSUED_ASC));
        assertThat(r.total()).isEqualTo(expected);
        assertThat(r.hits()).isSortedAccordingTo(java.util.Comparator.comparing(RecordHit::issuedOn));

        LocalDate day = LocalDate.of(2016, 6, 1);
        long inForce = all.stream().filter(x -> x.status().equals("ACTIVE") && !x.issuedOn().isAfter(day)
                && (x.validUntil() == null || !x.validUntil().isBefore(day))).count();
        assertThat(index.search(req(null, List.of(), null, null, null, null, null, null, day, 0, 10, null)).total())
                .isEqualTo(inForce).isLessThan(N);

        IndexedRecord someone = all.get(37);
        RecordSearchResult byName = index.search(req(null, List.of(), null, null,
                vn.sogoc.archive.text.VietnameseText.fold(someone.holderName()), null, null, null, null, 0, 100, null));
        assertThat(byName.hits()).extracting(RecordHit::holderName).contains(someone.holderName())
                .allMatch(someone.holderName()::equals);
        assertThat(index.search(req(null, List.of(), null, null, someone.holderId(), null, null, null, null, 0, 10, null))
                .hits()).extracting(RecordHit::registerNo).containsExactly(someone.registerNo());
        long byIssuer = all.stream().filter(x -> x.issuer().equals("Bộ Y tế")).count();
        assertThat(index.search(req("", List.of(), null, "Bộ Y tế", null, null, null, null, null, 0, 10, null)).total())
                .isEqualTo(byIssuer);
    }

    @Test
    void pagesDoNotOverlapAndBadParametersAreRefused() throws Exception {
        RecordSearchResult p0 = index.search(req("giấy", List.of(), null, null, null, null, null, null, null, 0, 5, null));
        RecordSearchResult p1 = index.search(req("giấy", List.of(), null, null, null, null, null, null, null, 1, 5, null));
        assertThat(p0.hits()).hasSize(5);
        assertThat(p1.hits()).hasSize(5);
        assertThat(p0.hits()).extracting(RecordHit::registerNo).doesNotContainAnyElementsOf(
                p1.hits().stream().map(RecordHit::registerNo).toList());
        assertThatThrownBy(() -> req("x", null, null, null, null, null, null, null, null, -1, 5, null))
                .hasMessageContaining("page");
        assertThatThrownBy(() -> req("x", null, null, null, null, null, null, null, null, 0, 0, null))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> req("x", null, null, null, null, null, null, null, null, 500, 100, null))
                .hasMessageContaining("page");
        assertThatThrownBy(() -> req("x", null, null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1),
                null, null, 0, 5, null)).hasMessageContaining("issuedFrom");
        assertThat(index.search(req("(((", List.of(), null, null, null, null, null, null, null, 0, 5, null)).total()).isZero();
    }
}
