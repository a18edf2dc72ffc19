package vn.sogoc.archive.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.text.VietnameseText;

class LuceneSearchIndexTest {

    static final int SYNTHETIC = 26;
    static final String TAM = "SG-2021-00001";
    static final String TAM_ACUTE = "SG-2021-00002";
    static final String ANH = "SG-2019-00003";
    static final String NFD = "SG-2020-00004";

    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void build() throws Exception {
        index = new LuceneSearchIndex(dir);
        for (IndexedRecord r : fixtures()) index.upsert(r);
        for (int i = 0; i < SYNTHETIC; i++) index.upsert(SyntheticRecords.record(i, 7));
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    static List<IndexedRecord> fixtures() {
        SyntheticRecords.Type attp = SyntheticRecords.TYPES.get(0);
        LocalDate day = LocalDate.of(2021, 3, 15);
        String place = "Quận 3, Thành phố Hồ Chí Minh";
        IndexedRecord tam = attp("SG-2021-00001", "8390/2021/ATTP-CNĐK", "Lê Văn Tâm", day, place);
        IndexedRecord tamAcute = attp("SG-2021-00002", "8391/2021/ATTP-CNĐK", "Lê Văn Tám", day, place);
        SyntheticRecords.Type cchn = SyntheticRecords.TYPES.get(2);
        LocalDate d2 = LocalDate.of(2019, 6, 2);
        IndexedRecord anh = new IndexedRecord(ANH, cchn.code(), cchn.title(), "001234/HCM-CCHN", "Nguyễn Văn Ánh",
                "079088001234", cchn.issuer(), cchn.field(), d2, null, "ACTIVE",
                SyntheticRecords.text(cchn, "001234/HCM-CCHN", "Nguyễn Văn Ánh", "Quận 5, Thành phố Hồ Chí Minh", d2),
                "a.pdf", null);
        // Decomposed accents, as some PDFs and OCR engines produce them.
        String nfdText = Normalizer.normalize("Giấy phép hoạt động khám bệnh, chữa bệnh cấp cho Phòng khám "
                + "Đông y Trường Xuân", Normalizer.Form.NFD);
        IndexedRecord nfd = new IndexedRecord(NFD, "KCB_GPHD", "Giấy phép hoạt động khám bệnh, chữa bệnh",
                "512/BYT-GPHĐ", Normalizer.normalize("Phòng khám Đông y Trường Xuân", Normalizer.Form.NFD), null,
                "Bộ Y tế", "Khám bệnh, chữa bệnh", LocalDate.of(2020, 1, 5), null, "ACTIVE", nfdText, "n.pdf", null);
        return List.of(tam, tamAcute, anh, nfd);
    }

    private static IndexedRecord attp(String reg, String number, String holder, LocalDate day, String place) {
        SyntheticRecords.Type t = SyntheticRecords.TYPES.get(0);
        return new IndexedRecord(reg, t.code(), t.title(), number, holder, null, t.issuer(), t.field(), day,
                day.plusYears(3), "ACTIVE", SyntheticRecords.text(t, number, holder, place, day), reg + ".pdf", null);
    }

    private List<String> regs(String query) throws Exception {
        return index.search(query, 10).stream().map(SearchHit::registerNo).toList();
    }

    @Test
    void diacriticFreeAndAccentedQueriesFindTheAccentedRecords() throws Exception {
        for (String q : List.of("an toan thuc pham", "an toàn thực phẩm", "AN TOÀN THỰC PHẨM")) {
            List<SearchHit> hits = index.search(q, 50);
            assertThat(hits).extracting(SearchHit::registerNo).as(q).contains(TAM, TAM_ACUTE);
            assertThat(hits).allSatisfy(h -> assertThat(h.typeCode()).startsWith("ATTP"));
            assertThat(hits.get(0).snippet()).as(q).contains("«an toàn thực phẩm»");
        }
    }

    @Test
    void accentedQueryRanksTheExactAccentsFirst() throws Exception {
        assertThat(regs("Lê Văn Tâm")).startsWith(TAM, TAM_ACUTE);
        assertThat(regs("Lê Văn Tám")).startsWith(TAM_ACUTE, TAM);
        assertThat(regs("le van tam").subList(0, 2)).containsExactlyInAnyOrder(TAM, TAM_ACUTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8390/2021/ATTP-CNĐK", "8390/2021/ATTP-CNDK", "8390/2021/attp-cndk",
            "8390/2021/attp-cnđk", " Số: 8390/2021/ATTP-CNĐK. ", "8390/2021/ATTP - CNĐK"})
    void numberAndSymbolFindsItsRecordFirst(String query) throws Exception {
        List<SearchHit> hits = index.search(query, 10);
        assertThat(hits.get(0).registerNo()).isEqualTo(TAM);
        assertThat(hits.get(0).number()).isEqualTo("8390/2021/ATTP-CNĐK");
        if (hits.size() > 1) assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score() * 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG-2021-00001", "sg-2021-00001"})
    void registerNumberFindsItsRecord(String query) throws Exception {
        assertThat(regs(query).get(0)).isEqualTo(TAM);
    }

    @Test
    void syntheticNumbersAndRegisterNumbersAreFoundFirst() throws Exception {
        for (int i = 0; i < SYNTHETIC; i += 5) {
            IndexedRecord r = SyntheticRecords.record(i, 7);
            assertThat(regs(VietnameseText.fold(r.number())).get(0)).as(r.number()).isEqualTo(r.registerNo());
            assertThat(regs(r.registerNo().toLowerCase()).get(0)).isEqualTo(r.registerNo());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyen Van Anh", "Nguyễn Văn Ánh", "nguyen vna anh", "Nguyen Van Ahn", "Nguyên Văn Anh"})
    void misspelledHolderNameFindsTheRecord(String query) throws Exception {
        List<SearchHit> hits = index.search(query, 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).registerNo()).isEqualTo(ANH);
        assertThat(hits.get(0).holderName()).isEqualTo("Nguyễn Văn Ánh");
    }

    @Test
    void aShortWordOfTheTextIsNotTakenForAMisspelledName() throws Exception {
        SyntheticRecords.Type cchn = SyntheticRecords.TYPES.stream().filter(t -> t.code().equals("KCB_CCHN")).findFirst()
                .orElseThrow();
        index.upsert(new IndexedRecord("VY-2020-00001", cchn.code(), cchn.title(), "000777/HCM-CCHN", "Phạm Thị Vy", null,
                cchn.issuer(), cchn.field(), LocalDate.of(2020, 3, 1), null, "ACTIVE",
                "Phạm vi hoạt động chuyên môn: khám bệnh, chữa bệnh chuyên khoa nội", "records/vy.pdf", null));
        index.commit();
        // "my" (mỹ, of "mỹ phẩm") is a word of the records' text: one edit would reach the name Vy, and
        // "phẩm" the surname Phạm — a practising certificate is not a cosmetics record
        RecordSearchResult cosmetics = index.search(new RecordSearchRequest("mỹ phẩm chuyên khoa", List.of("KCB_CCHN"),
                null, null, null, null, null, null, null, 0, 10, RecordSearchRequest.Sort.RELEVANCE, true));
        assertThat(cosmetics.total()).isZero();
        // a short word the text does not have is a typo: "th" for "thị"
        assertThat(regs("pham th vy").get(0)).isEqualTo("VY-2020-00001");
        RecordSearchResult typo = index.search(new RecordSearchRequest("pham th vy", List.of("KCB_CCHN"),
                null, null, null, null, null, null, null, 0, 10, RecordSearchRequest.Sort.RELEVANCE, true));
        assertThat(typo.hits()).extracting(RecordHit::registerNo).contains("VY-2020-00001");
    }

    @Test
    void hitCarriesStoredFieldsAndAMarkedSnippet() throws Exception {
        SearchHit hit = index.search("Lê Văn Tâm", 1).get(0);
        assertThat(hit.number()).isEqualTo("8390/2021/ATTP-CNĐK");
        assertThat(hit.typeCode()).isEqualTo("ATTP_CSDK");
        assertThat(hit.holderName()).isEqualTo("Lê Văn Tâm");
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet()).contains("«Lê Văn Tâm»");
        // A fuzzy-only word is marked in the title · holder fallback or in the text.
        SearchHit fuzzy = index.search("nguyen vna anh", 1).get(0);
        assertThat(fuzzy.snippet()).contains("«Nguyễn");
    }

    @Test
    void decomposedAccentsAreIndexedLikeComposedOnes() throws Exception {
        assertThat(regs("dong y truong xuan").get(0)).isEqualTo(NFD);
        assertThat(regs("Đông y Trường Xuân").get(0)).isEqualTo(NFD);
        assertThat(regs(Normalizer.normalize("Trường Xuân", Normalizer.Form.NFD)).get(0)).isEqualTo(NFD);
    }

    @Test
    void allWordsCountWithAnOrFallback() throws Exception {
        // Every word matches only the CCHN record and the fixture: AND keeps only records with all words.
        List<SearchHit> and = index.search("chứng chỉ hành nghề Ánh", 50);
        assertThat(and).extracting(SearchHit::registerNo).containsExactly(ANH);
        // "zzzqqq" matches nothing: the AND query is empty, the OR fallback still answers.
        assertThat(regs("Nguyễn Văn Ánh zzzqqq").get(0)).isEqualTo(ANH);
    }

    @Test
    void upsertReplacesTheDocument() throws Exception {
        int before = index.documentCount();
        IndexedRecord old = fixtures().get(0);
        IndexedRecord changed = new IndexedRecord(old.registerNo(), old.typeCode(), old.typeTitle(), old.number(),
                old.holderName(), old.holderId(), old.issuer(), old.field(), old.issuedOn(), old.validUntil(),
                "REVOKED", old.text() + "\nĐã thu hồi theo quyết định kiểmtralại", old.objectKey(), old.sha256());
        index.upsert(changed);
        index.upsert(changed);
        index.commit();
        assertThat(index.documentCount()).isEqualTo(before);
        assertThat(regs("SG-2021-00001")).filteredOn(TAM::equals).hasSize(1);
        assertThat(regs("kiemtralai")).containsExactly(TAM);
    }

    @Test
    void upsertsBecomeVisibleAtCommit() throws Exception {
        index.upsert(SyntheticRecords.record(500, 7));
        assertThat(regs(SyntheticRecords.record(500, 7).registerNo())).doesNotContain(
                SyntheticRecords.record(500, 7).registerNo());
        index.commit();
        assertThat(regs(SyntheticRecords.record(500, 7).registerNo()).get(0))
                .isEqualTo(SyntheticRecords.record(500, 7).registerNo());
    }

    @Test
    void reopenedIndexKeepsTheDocuments() throws Exception {
        int count = index.documentCount();
        assertThat(count).isEqualTo(SYNTHETIC + fixtures().size());
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(index.documentCount()).isEqualTo(count);
        assertThat(regs("8390/2021/attp-cndk").get(0)).isEqualTo(TAM);
        // Uncommitted upserts are committed by close().
        index.upsert(SyntheticRecords.record(900, 7));
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(index.documentCount()).isEqualTo(count + 1);
    }

    @Test
    void blankQueriesAndLimitsGiveEmptyLists() throws Exception {
        assertThat(index.search(null, 10)).isEmpty();
        assertThat(index.search("", 10)).isEmpty();
        assertThat(index.search("  \t\n", 10)).isEmpty();
        assertThat(index.search("an toàn", 0)).isEmpty();
        assertThat(index.search("an toàn", 3)).hasSize(3);
    }

    @Test
    void hostileQueriesDoNotThrow() {
        List<String> queries = new ArrayList<>(List.of("\"", "(", ")", "*:*", "*", "?", "AND", "OR NOT", "a:b",
                "registerNo:SG-2021-00001", "[1 TO 2]", "{", "~", "^2", "\\", "/", "//", "a/b/", "&&", "||", "!",
                "\"an toàn", "(thực phẩm", "an~2", "an* toàn?", "\u0000", "\uD83D\uDE00", "\uD83D", "\u0301", "Đ",
                "-", "+", "1", "'; DROP TABLE records; --"));
        queries.add("an toàn thực phẩm ".repeat(600));
        queries.add("x".repeat(10_240));
        queries.add("8390/".repeat(2_048));
        StringBuilder mixed = new StringBuilder();
        while (mixed.length() < 10_240) mixed.append("(\"*:* AND Nguyễn~ OR 12/2021/QĐ-BYT) ");
        queries.add(mixed.toString());
        for (String q : queries) {
            assertThatCode(() -> assertThat(index.search(q, 20)).isNotNull()).as(q.length() > 40 ? q.substring(0, 40) : q)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void concurrentUpsertsAndSearchesFromFourThreads() throws Exception {
        int perWriter = 150;
        int before = index.documentCount();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int base = 10_000 + w * perWriter;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        index.upsert(SyntheticRecords.record(base + i, 7));
                        index.upsert(SyntheticRecords.record(i % SYNTHETIC, 7)); // re-index existing ones too
                        if (i % 25 == 0) index.refresh();
                        if (i % 75 == 0) index.commit();
                    }
                    return null;
                }));
            }
            for (int s = 0; s < 2; s++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        assertThat(index.search(i % 2 == 0 ? "an toan thuc pham" : "8390/2021/ATTP-CNDK", 10))
                                .isNotEmpty();
                        assertThat(index.search("Nguyen Vna Anh", 5).get(0).registerNo()).isEqualTo(ANH);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        index.commit();
        assertThat(index.documentCount()).isEqualTo(before + 2 * perWriter);
        assertThat(regs("SY-2010-010000")).isNotNull();
    }
}
