package vn.sogoc.archive.register.match;

import java.util.List;
import java.util.Random;

import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterMatch;

/**
 * Micro-benchmark (not a test): index build and match time on a synthetic 100,000-entry register.
 * Run: {@code java -cp archive-core/target/classes:archive-core/target/test-classes
 * vn.sogoc.archive.register.match.FuzzyRegisterMatcherBenchmark [entries]}
 */
public final class FuzzyRegisterMatcherBenchmark {

    private FuzzyRegisterMatcherBenchmark() { }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<RegisterEntry> entries = RandomRegisterTest.register(size, 42);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        FuzzyRegisterMatcher.RegisterIndex ix = new FuzzyRegisterMatcher.RegisterIndex(entries);
        long t1 = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("entries %,d: index built in %d ms, ~%d MB%n", size, (t1 - t0) / 1_000_000,
                (after - before) / (1 << 20));
        if (ix.within("1/GPP", 2).size() < 0) throw new AssertionError();
        FuzzyRegisterMatcher matcher = new FuzzyRegisterMatcher(FuzzyRegisterMatcherTest.lookup(entries));
        Random r = new Random(1);
        for (int edits = 0; edits <= 3; edits++) {
            for (String kind : new String[] {"long", "short"}) {
                int n = 0;
                int matched = 0;
                long time = 0;
                for (int warm = 0; warm < 2; warm++) {
                    n = 0;
                    matched = 0;
                    time = 0;
                    while (n < 2000) {
                        RegisterEntry truth = entries.get(r.nextInt(entries.size()));
                        boolean isLong = NumberKey.of(truth.number()).length() >= FuzzyRegisterMatcher.LONG_KEY;
                        if (isLong != kind.equals("long")) continue;
                        String read = RandomRegisterTest.damage(truth.number(), r, edits);
                        ExtractedMetadata meta = new ExtractedMetadata(read, null, null, truth.holderName(),
                                truth.holderId(), null);
                        long s = System.nanoTime();
                        RegisterMatch m = matcher.match(meta, null, "");
                        time += System.nanoTime() - s;
                        if (m.kind() == RegisterMatch.Kind.MATCHED) {
                            if (m.entry() != truth) throw new AssertionError("false match " + read);
                            matched++;
                        }
                        n++;
                    }
                }
                System.out.printf("%-5s numbers, %d edits: %.3f ms/match, %d/%d matched, 0 false%n", kind, edits,
                        time / 1e6 / n, matched, n);
            }
        }
    }
}
