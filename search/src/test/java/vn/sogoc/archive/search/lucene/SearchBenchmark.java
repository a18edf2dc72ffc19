package vn.sogoc.archive.search.lucene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.time.LocalDate;
import java.util.stream.Stream;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.text.VietnameseText;

/**
 * Benchmark (a main class, not a test): builds a synthetic index of N records and prints p50/p90/p99
 * latency for a fixed query mix: full text, number and symbol, misspelled holder name (the port's
 * {@link LuceneSearchIndex#search(String, int)}, limit 10, snippets included), and the web API's
 * {@link LuceneSearchIndex#search(RecordSearchRequest)}: full text with filters (type, in force on a
 * day), full text with facet counts over every hit, and filters only (no text) with facet counts. Wall time and the search thread's CPU time are
 * both printed: on a shared machine, CPU time is the figure that does not depend on the neighbours.
 *
 * <p>Then, unless {@code -Dbench.skipFidelity=true}, the mix runs again with the two-phase ranking's window
 * widened to every hit (the full ranking) and the top 10 of each query are compared.
 *
 * <p>Usage: {@code SearchBenchmark [records=100000] [queriesPerKind=500] [indexDir=temp, deleted]}.
 * An existing index in {@code indexDir} with the same record count is reused.
 */
public final class SearchBenchmark {

    private static final long SEED = 42;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] TEXT_QUERIES = {"an toan thuc pham", "giấy phép hoạt động khám bệnh",
            "chứng chỉ hành nghề", "kinh doanh dược", "thực hành tốt bán lẻ thuốc", "cong bo san pham my pham",
            "trang thiết bị y tế loại C", "phòng khám đa khoa", "Đà Nẵng nhà thuốc", "số lưu hành"};

    private SearchBenchmark() { }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        boolean temp = args.length < 3;
        Path dir = temp ? Files.createTempDirectory("sogoc-search-bench") : Path.of(args[2]);
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            if (index.documentCount() != records) build(index, records);
            System.out.printf(Locale.ROOT, "index: %d records, %.1f MB on disk%n", index.documentCount(),
                    size(dir) / 1e6);
            Random rnd = new Random(SEED);
            List<Query> mix = new ArrayList<>();
            for (int i = 0; i < perKind; i++) {
                mix.add(new Query("text", TEXT_QUERIES[i % TEXT_QUERIES.length], null));
                IndexedRecord r = SyntheticRecords.record(rnd.nextInt(records), SEED);
                String number = switch (i % 3) {
                    case 0 -> r.number();
                    case 1 -> VietnameseText.fold(r.number());
                    default -> r.registerNo().toLowerCase(Locale.ROOT);
                };
                mix.add(new Query("number", number, r));
                IndexedRecord h = SyntheticRecords.record(rnd.nextInt(records), SEED);
                mix.add(new Query("holder", misspell(h.holderName(), rnd), h));
                mix.add(new Query("filtered", TEXT_QUERIES[(i + 3) % TEXT_QUERIES.length], null));
                mix.add(new Query("faceted", TEXT_QUERIES[(i + 5) % TEXT_QUERIES.length], null));
                mix.add(new Query("browse", SyntheticRecords.TYPES.get(i % SyntheticRecords.TYPES.size()).code(), null));
            }
            run(index, mix.subList(0, Math.min(300, mix.size())), false); // warm-up
            List<List<String>> ranked = run(index, mix, true);
            if (!Boolean.getBoolean("bench.skipFidelity")) {
                index.leanWindow(Integer.MAX_VALUE); // every hit re-ranked in full: the reference ranking
                fidelity(mix, ranked, run(index, mix, false));
            }
        } finally {
            if (temp) delete(dir);
        }
    }

    record Query(String kind, String text, IndexedRecord expected) { }

    static final String[] KINDS = {"text", "number", "holder", "filtered", "faceted", "browse"};

    private static void build(LuceneSearchIndex index, int records) throws IOException {
        long t0 = System.nanoTime();
        for (int i = 0; i < records; i++) index.upsert(SyntheticRecords.record(i, SEED));
        index.commit();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "built %d records in %.1f s (%.0f records/s)%n", records, s, records / s);
    }

    /**
     * How far the two-phase ranking of broad queries departs from scoring every hit in full: per kind, the
     * queries whose top 10 is identical (same records, same order) and the mean share of the reference top 10 found.
     */
    private static void fidelity(List<Query> mix, List<List<String>> ranked, List<List<String>> reference) {
        for (String kind : KINDS) {
            int n = 0;
            int same = 0;
            double overlap = 0;
            for (int i = 0; i < mix.size(); i++) {
                if (!mix.get(i).kind().equals(kind)) continue;
                n++;
                List<String> a = ranked.get(i);
                List<String> b = reference.get(i);
                if (a.equals(b)) same++;
                overlap += b.isEmpty() ? 1 : a.stream().filter(b::contains).count() / (double) b.size();
            }
            System.out.printf(Locale.ROOT, "%-11s top 10 as in the full ranking: identical %d/%d, overlap %.1f%%%n",
                    kind, same, n, 100 * overlap / n);
        }
    }

    /** Runs the mix; returns each query's hits (register numbers, in order). */
    private static List<List<String>> run(LuceneSearchIndex index, List<Query> mix, boolean report) throws IOException {
        List<List<String>> ranked = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        List<Long> cpuAll = new ArrayList<>();
        String[] kinds = KINDS;
        int n = kinds.length;
        long[][] byKind = new long[n][];
        int[] good = new int[n];
        int[] count = new int[n];
        List<List<Long>> lists = new ArrayList<>();
        List<List<Long>> cpu = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            lists.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        }
        LocalDate day = LocalDate.of(2020, 6, 1);
        for (Query q : mix) {
            int k = Arrays.asList(kinds).indexOf(q.kind());
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<SearchHit> hits;
            switch (q.kind()) {
                case "filtered" -> hits = rich(index.search(new RecordSearchRequest(q.text(), List.of("ATTP_CSDK",
                        "KCB_CCHN", "DUOC_GPP"), null, null, null, null, null, null, day, 0, 10,
                        RecordSearchRequest.Sort.RELEVANCE, false)), day);
                case "faceted" -> hits = rich(index.search(new RecordSearchRequest(q.text(), List.of(), null, null, null,
                        null, null, null, null, 0, 10, RecordSearchRequest.Sort.RELEVANCE, true)), null);
                case "browse" -> hits = rich(index.search(new RecordSearchRequest(null, List.of(q.text()), null, null, null,
                        LocalDate.of(2015, 1, 1), null, "ACTIVE", null, 0, 10, RecordSearchRequest.Sort.ISSUED_DESC, true)), null);
                default -> hits = index.search(q.text(), 10);
            }
            long ns = System.nanoTime() - t;
            long cns = THREADS.getCurrentThreadCpuTime() - c;
            cpu.get(k).add(cns);
            cpuAll.add(cns);
            lists.get(k).add(ns);
            all.add(ns);
            count[k]++;
            if (ok(q, hits)) good[k]++;
            ranked.add(hits.stream().map(SearchHit::registerNo).toList());
        }
        if (!report) return ranked;
        for (int k = 0; k < n; k++) {
            byKind[k] = lists.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            print(kinds[k] + " wall", byKind[k], String.format(Locale.ROOT, "  quality %d/%d", good[k], count[k]));
            print(kinds[k] + " cpu", cpu.get(k).stream().mapToLong(Long::longValue).sorted().toArray(), "");
        }
        print("all wall", all.stream().mapToLong(Long::longValue).sorted().toArray(), "");
        print("all cpu", cpuAll.stream().mapToLong(Long::longValue).sorted().toArray(), "");
        return ranked;
    }

    /** A rich result as port hits; null (counted as a miss) when a facet-counted result has no facets or a filter leaks. */
    private static List<SearchHit> rich(RecordSearchResult r, LocalDate inForceOn) {
        if (r.total() > 0 && r.size() > 0 && r.hits().isEmpty()) return List.of();
        boolean facetsAsked = !r.facets().isEmpty() || inForceOn != null;
        if (!facetsAsked && r.total() > 0) return List.of();
        for (RecordHit h : r.hits()) {
            if (inForceOn != null && (!"ACTIVE".equals(h.status()) || h.issuedOn().isAfter(inForceOn)
                    || (h.validUntil() != null && h.validUntil().isBefore(inForceOn)))) return List.of();
        }
        return r.hits().stream().map(h -> new SearchHit(h.registerNo(), h.number(), h.typeCode(), h.holderName(),
                h.score(), h.snippet())).toList();
    }

    /** Text: any hit; number: first hit has that number or register number; holder: name in the top 10;
     * filtered, faceted, browse: hits that keep the filters (and facet counts where asked). */
    private static boolean ok(Query q, List<SearchHit> hits) {
        if (hits.isEmpty()) return false;
        IndexedRecord e = q.expected();
        return switch (q.kind()) {
            case "number" -> KeywordNormalizer.code(q.text()).equals(KeywordNormalizer.code(hits.get(0).number()))
                    || q.text().equalsIgnoreCase(hits.get(0).registerNo());
            case "holder" -> hits.stream().anyMatch(h -> e.holderName().equals(h.holderName()));
            default -> true;
        };
    }

    private static void print(String kind, long[] sorted, String extra) {
        System.out.printf(Locale.ROOT, "%-11s n=%-5d p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms%s%n",
                kind, sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6, extra);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Drops the accents and makes one typo (swap, drop or change a letter) in one word of the name. */
    static String misspell(String name, Random rnd) {
        String[] words = VietnameseText.fold(name).split(" ");
        int w = rnd.nextInt(words.length);
        char[] c = words[w].toCharArray();
        if (c.length >= 3) {
            int i = rnd.nextInt(c.length - 1);
            switch (rnd.nextInt(3)) {
                case 0 -> { char x = c[i]; c[i] = c[i + 1]; c[i + 1] = x; }
                case 1 -> c = (new String(c, 0, i) + new String(c, i + 1, c.length - i - 1)).toCharArray();
                default -> c[i] = (char) ('a' + rnd.nextInt(26));
            }
        }
        words[w] = new String(c);
        return String.join(" ", words);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
