package vn.sogoc.archive.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.text.VietnameseText;

/**
 * The two-phase ranking of broad searches (lean walk over every hit, full query over a window): totals and
 * facets come from every hit, the holder-name bonus is in the lean walk, and the typo pass of a filtered
 * search finds what it found before. The window is made tiny here so that 1,200 records behave like a broad
 * search over a million.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoPhaseRankingTest {

    static final int RECORDS = 1_200;
    static final String BONUS = "HM-2022-00001";

    LuceneSearchIndex index;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        index = new LuceneSearchIndex(dir);
        for (IndexedRecord r : LuceneSearchIndexTest.fixtures()) index.upsert(r);
        for (int i = 0; i < RECORDS; i++) index.upsert(SyntheticRecords.record(i, 11));
        // "Hoa Mai" is a place in 30 short records and the holder of one long one: its text score is the
        // lowest, only the holder-name bonus lifts it to the top.
        SyntheticRecords.Type attp = SyntheticRecords.TYPES.get(0);
        LocalDate day = LocalDate.of(2022, 4, 1);
        for (int i = 0; i < 30; i++) {
            index.upsert(new IndexedRecord("HM-2022-1%04d".formatted(i), attp.code(), attp.title(), "%d/2022/ATTP".formatted(i),
                    "Trần Văn Bình", null, attp.issuer(), attp.field(), day, null, "ACTIVE",
                    "Cơ sở Hoa Mai, phường Hoa Mai", "x.pdf", null));
        }
        index.upsert(new IndexedRecord(BONUS, attp.code(), attp.title(), "99/2022/ATTP", "Hoa Mai", null, attp.issuer(),
                attp.field(), day, null, "ACTIVE", SyntheticRecords.text(attp, "99/2022/ATTP", "Hoa Mai",
                        "Quận 1, Thành phố Hồ Chí Minh", day).repeat(4), "y.pdf", null));
        index.commit();
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void holderNameBonusIsKeptWhenTheWindowIsSmallerThanTheHits() throws Exception {
        index.leanWindow(5);
        try {
            List<SearchHit> hits = index.search("hoa mai", 10);
            assertThat(hits.get(0).registerNo()).isEqualTo(BONUS);
        } finally {
            index.leanWindow(LuceneSearchIndex.LEAN_WINDOW);
        }
    }

    @Test
    void totalsAndFacetsCountEveryHitWhateverTheWindow() throws Exception {
        RecordSearchRequest request = new RecordSearchRequest("an toan thuc pham", List.of(), null, null, null,
                null, null, null, null, 0, 10, RecordSearchRequest.Sort.RELEVANCE, true);
        long expected = expectedHits(List.of("an", "toan", "thuc", "pham"));
        index.leanWindow(3);
        RecordSearchResult narrow;
        try {
            narrow = index.search(request);
        } finally {
            index.leanWindow(LuceneSearchIndex.LEAN_WINDOW);
        }
        index.leanWindow(Integer.MAX_VALUE);
        RecordSearchResult full;
        try {
            full = index.search(request);
        } finally {
            index.leanWindow(LuceneSearchIndex.LEAN_WINDOW);
        }
        assertThat(expected).isGreaterThan(300);
        assertThat(narrow.total()).isEqualTo(expected).isEqualTo(full.total());
        assertThat(narrow.totalExact()).isTrue();
        assertThat(narrow.facets()).isEqualTo(full.facets());
        assertThat(narrow.facets().get(SearchFields.TYPE_CODE).stream().mapToLong(RecordSearchResult.FacetCount::count).sum())
                .isEqualTo(expected);
        assertThat(narrow.hits()).hasSize(10);
    }

    @Test
    void typoPassOfAFilteredSearchFindsTheHolderOnlyInItsType() throws Exception {
        RecordSearchResult cchn = index.search(new RecordSearchRequest("nguyen vna anh", List.of("KCB_CCHN"), null,
                null, null, null, null, null, null, 0, 10, RecordSearchRequest.Sort.RELEVANCE, true));
        assertThat(cchn.hits()).isNotEmpty();
        assertThat(cchn.hits().get(0).registerNo()).isEqualTo(LuceneSearchIndexTest.ANH);
        assertThat(cchn.total()).isEqualTo(cchn.facets().get(SearchFields.TYPE_CODE).get(0).count());

        RecordSearchResult other = index.search(new RecordSearchRequest("Nguyễn Văn Ánh", List.of("TTB_SLH"), null,
                null, null, null, null, null, null, 0, 10, RecordSearchRequest.Sort.RELEVANCE, true));
        assertThat(other.hits()).noneMatch(h -> h.registerNo().equals(LuceneSearchIndexTest.ANH));
        assertThat(other.hits()).allMatch(h -> h.typeCode().equals("TTB_SLH"));
    }

    /** Records whose folded text has every word, counted without Lucene. */
    private static long expectedHits(List<String> words) {
        long n = 0;
        List<IndexedRecord> all = new java.util.ArrayList<>(LuceneSearchIndexTest.fixtures());
        for (int i = 0; i < RECORDS; i++) all.add(SyntheticRecords.record(i, 11));
        for (IndexedRecord r : all) {
            String text = String.join(" ", r.typeTitle(), r.number(), r.holderName(), r.issuer(), r.field(),
                    r.registerNo(), r.text());
            List<String> tokens = List.of(VietnameseText.fold(text).toLowerCase().split("[^\\p{L}\\p{N}]+"));
            if (tokens.containsAll(words)) n++;
        }
        // the 31 "Hoa Mai" records carry the ATTP title too
        return n + 31;
    }
}
