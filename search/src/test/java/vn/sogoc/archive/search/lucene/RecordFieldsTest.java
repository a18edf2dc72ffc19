package vn.sogoc.archive.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchHit;

/** The filter and facet fields that the richer query API will use are indexed and usable. */
class RecordFieldsTest {

    @TempDir
    Path dir;

    @Test
    void keywordDateAndFacetFieldsAreUsable() throws Exception {
        int n = 60;
        long attp = 0;
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            for (int i = 0; i < n; i++) {
                IndexedRecord r = SyntheticRecords.record(i, 3);
                if (r.typeCode().equals("ATTP_CSDK")) attp++;
                index.upsert(r);
            }
            index.commit();

            var filtered = index.find(RecordQuery.text("giấy").where(SearchFields.TYPE_CODE, "ATTP_CSDK")
                    .between(SearchFields.ISSUED_ON, LocalDate.of(2000, 1, 1), null), 100);
            assertThat(filtered).hasSize((int) attp).allSatisfy(h -> assertThat(h.typeCode()).isEqualTo("ATTP_CSDK"));
            assertThat(index.find(RecordQuery.text("giấy").where(SearchFields.STATUS, "REVOKED"), 100))
                    .extracting(SearchHit::registerNo).isNotEmpty()
                    .allSatisfy(reg -> assertThat(Integer.parseInt(reg.substring(8)) % 17).isZero());
            assertThat(index.find(RecordQuery.text("giấy").between(SearchFields.ISSUED_ON, null,
                    LocalDate.of(1990, 1, 1)), 100)).isEmpty();

            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                var state = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
                FacetResult types = new SortedSetDocValuesFacetCounts(state).getTopChildren(20, SearchFields.TYPE_CODE);
                assertThat(types.value.intValue()).isEqualTo(n);
                assertThat(java.util.Arrays.stream(types.labelValues)
                        .filter(lv -> lv.label.equals("ATTP_CSDK")).findFirst().orElseThrow().value.longValue())
                        .isEqualTo(attp);
                assertThat(searcher.count(new TermQuery(new Term(SearchFields.HOLDER_ID, "0790000007")))).isEqualTo(1);
                assertThat(searcher.count(LongPoint.newRangeQuery(SearchFields.VALID_UNTIL, Long.MIN_VALUE,
                        Long.MAX_VALUE))).isPositive();
            }
        }
    }
}
