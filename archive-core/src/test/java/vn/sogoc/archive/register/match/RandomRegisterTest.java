package vn.sogoc.archive.register.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterMatch;
import vn.sogoc.archive.register.RegisterMatch.Kind;

/** Property check on a synthetic register: OCR-damaged numbers never match the wrong entry. */
class RandomRegisterTest {

    static final String[] SHAPES = {"%d/2021/ATTP-CNĐK", "%d/2020/ATTP-XNCB", "%06d/BYT-CCHN", "%d/HNO-GPHĐ",
            "%d/ĐKKDD-HCM", "%d/GPP", "%06d/19/CBMP-QLD", "%d/QĐ-BYT"};

    static List<RegisterEntry> register(int size, long seed) {
        Random r = new Random(seed);
        Map<String, RegisterEntry> out = new HashMap<>();
        while (out.size() < size) {
            int shape = r.nextInt(SHAPES.length);
            String number = String.format(SHAPES[shape], 1 + r.nextInt(shape == 2 || shape == 6 ? 200_000 : 9_999));
            String id = String.format("03%08d", r.nextInt(100_000_000));
            out.putIfAbsent(NumberKey.of(number), FuzzyRegisterMatcherTest.entry("SG-" + out.size(), null, number,
                    "Holder " + id, id, null));
        }
        return new ArrayList<>(out.values());
    }

    static String damage(String number, Random r, int edits) {
        StringBuilder b = new StringBuilder(number);
        for (int i = 0; i < edits; i++) {
            int p = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.setCharAt(p, (char) ('0' + r.nextInt(10)));
                case 1 -> b.deleteCharAt(p);
                default -> b.insert(p, (char) ('0' + r.nextInt(10)));
            }
        }
        return b.toString();
    }

    @Test
    void damagedNumbersNeverMatchAnotherEntry() {
        List<RegisterEntry> entries = register(20_000, 7);
        FuzzyRegisterMatcher matcher = new FuzzyRegisterMatcher(FuzzyRegisterMatcherTest.lookup(entries));
        Random r = new Random(11);
        int matched = 0;
        for (int i = 0; i < 3000; i++) {
            RegisterEntry truth = entries.get(r.nextInt(entries.size()));
            String read = damage(truth.number(), r, r.nextInt(4));
            boolean withHolder = r.nextBoolean();
            ExtractedMetadata meta = new ExtractedMetadata(read, null, null, withHolder ? truth.holderName() : null,
                    withHolder ? truth.holderId() : null, null);
            RegisterMatch m = matcher.match(meta, null, "");
            if (m.kind() == Kind.MATCHED) {
                matched++;
                assertThat(m.entry().registerNo()).as(read + " for " + truth.number()).isEqualTo(truth.registerNo());
            }
        }
        assertThat(matched).isGreaterThan(700);
    }

    @Test
    void indexFindsWhatALinearScanFinds() {
        List<RegisterEntry> entries = register(5_000, 3);
        FuzzyRegisterMatcher.RegisterIndex ix = new FuzzyRegisterMatcher.RegisterIndex(entries);
        Random r = new Random(5);
        List<String> keys = entries.stream().map(e -> NumberKey.of(e.number())).toList();
        for (int i = 0; i < 300; i++) {
            String key = NumberKey.of(damage(entries.get(r.nextInt(entries.size())).number(), r, 1 + r.nextInt(3)));
            long expected = 0;
            for (String k : keys) {
                if (EditDistance.bounded(key, k, 2) <= 2) expected++;
            }
            assertThat((long) ix.within(key, 2).size()).as(key).isEqualTo(expected);
        }
    }
}
