package vn.sogoc.archive.register.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.classify.NumberSymbols;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterLookup;
import vn.sogoc.archive.register.RegisterMatch;
import vn.sogoc.archive.register.RegisterMatcher;

/**
 * Matches a scan to the master register (sổ gốc) by number and symbol, tolerant of OCR errors and
 * never choosing between candidates. Numbers are compared by {@link NumberKey}: equal keys first, else
 * the edit distance of the keys, at most 1 for keys shorter than {@value #LONG_KEY} characters and 2
 * for longer ones.
 * <ul>
 *   <li>Two entries at the best distance: AMBIGUOUS.</li>
 *   <li>An entry one edit further than the best: AMBIGUOUS, unless holder id / name / dates confirm
 *       the best entry and no other.</li>
 *   <li>A single exact entry: MATCHED unless the type, holder id or holder name contradict it.</li>
 *   <li>A single entry at distance 1–2: MATCHED only when the holder id or name confirms it and
 *       nothing contradicts it (a number missing from the register may be one edit from another).</li>
 * </ul>
 * When the extracted number is missing or matches nothing, every number-and-symbol in the text is
 * tried, and a match is then accepted only with holder confirmation. AMBIGUOUS with a single candidate
 * means "probably this entry, but a clerk must check". The index (exact keys plus a deletion index on
 * digits) is built from {@link RegisterLookup#allEntries()} on first use and rebuilt when that call
 * returns a list of another size, or another list with other register numbers or numbers; a lookup
 * that edits its list in place without changing its size must call {@link #refresh()}. Thread-safe.
 */
public final class FuzzyRegisterMatcher implements RegisterMatcher {

    /** Keys of at least this many characters may be 2 edits from what was printed, shorter ones 1. */
    public static final int LONG_KEY = 12;

    private final RegisterLookup lookup;
    private volatile RegisterIndex index;

    public FuzzyRegisterMatcher(RegisterLookup lookup) {
        this.lookup = lookup;
    }

    /** Forces the index to be rebuilt on the next match. */
    public void refresh() { index = null; }

    @Override
    public RegisterMatch match(ExtractedMetadata metadata, String typeCode, String text) {
        ExtractedMetadata read = metadata == null ? ExtractedMetadata.empty() : metadata;
        RegisterIndex ix = currentIndex();
        Corroboration evidence = new Corroboration(read, typeCode);
        String readKey = read.number() == null ? "" : NumberKey.of(read.number());
        if (!readKey.isEmpty()) {
            RegisterMatch m = byNumber(ix, readKey, evidence, false);
            if (m.kind() != RegisterMatch.Kind.NONE) return m;
        }
        if (text == null || text.isBlank()) return RegisterMatch.none();
        Map<String, RegisterEntry> candidates = new LinkedHashMap<>();
        RegisterMatch single = null;
        for (String number : NumberSymbols.findAll(text, Map.of())) {
            String key = NumberKey.of(number);
            if (key.equals(readKey)) continue;
            RegisterMatch m = byNumber(ix, key, evidence, true);
            if (m.kind() == RegisterMatch.Kind.NONE) continue;
            if (m.kind() == RegisterMatch.Kind.MATCHED && single == null) single = m;
            for (RegisterEntry e : m.candidates()) candidates.put(e.registerNo(), e);
        }
        if (candidates.isEmpty()) return RegisterMatch.none();
        if (single != null && candidates.size() == 1) return single;
        return RegisterMatch.ambiguous(new ArrayList<>(candidates.values()));
    }

    private RegisterMatch byNumber(RegisterIndex ix, String key, Corroboration evidence, boolean fromText) {
        if (NumberKey.digits(key).isEmpty()) return RegisterMatch.none();
        int maxDistance = key.length() >= LONG_KEY ? 2 : 1;
        List<Scored> near = ix.within(key, Math.min(maxDistance + 1, DigitDeletionIndex.RADIUS));
        if (near.isEmpty() || near.get(0).distance() > maxDistance) return RegisterMatch.none();
        int best = near.get(0).distance();
        if (best + 1 > DigitDeletionIndex.RADIUS) near = ix.withinOrCorroborated(key, best + 1, near, evidence);
        List<RegisterEntry> atBest = new ArrayList<>();
        List<RegisterEntry> all = new ArrayList<>();
        for (Scored s : near) {
            if (s.distance() == best) atBest.add(s.entry());
            if (s.distance() <= best + 1) all.add(s.entry());
        }
        if (atBest.size() > 1) return RegisterMatch.ambiguous(all);
        RegisterEntry top = atBest.get(0);
        boolean needsStrong = best > 0 || fromText;
        if (evidence.contradicts(top) || (needsStrong && (!evidence.strong(top) || evidence.datesDiffer(top)))) {
            return RegisterMatch.ambiguous(all);
        }
        if (all.size() > 1) {
            // holder id / name outrank dates: neighbouring numbers are often issued the same day
            List<RegisterEntry> confirmed = all.stream().filter(e -> evidence.confirms(e) && evidence.strong(e)).toList();
            if (confirmed.isEmpty()) confirmed = all.stream().filter(evidence::confirms).toList();
            if (confirmed.size() != 1 || confirmed.get(0) != top) return RegisterMatch.ambiguous(all);
        }
        return RegisterMatch.matched(top, best);
    }

    private RegisterIndex currentIndex() {
        List<RegisterEntry> entries = lookup.allEntries();
        RegisterIndex ix = index;
        if (ix != null && ix.isFor(entries)) return ix;
        synchronized (this) {
            ix = index;
            if (ix == null || !ix.isFor(entries)) {
                ix = new RegisterIndex(entries);
                index = ix;
            }
            return ix;
        }
    }

    /** An entry and its key's edit distance from the read key. */
    record Scored(RegisterEntry entry, int distance) { }

    /** Entries by key, with the digit deletion index; remembers which list it was built from. */
    static final class RegisterIndex {

        private final List<RegisterEntry> source;
        private final long fingerprint;
        private final RegisterEntry[] entries;
        private final String[] keys;
        private final DigitDeletionIndex digits;
        private final Map<String, int[]> byEvidence;

        RegisterIndex(List<RegisterEntry> list) {
            this.source = list;
            this.fingerprint = fingerprint(list);
            this.entries = list.toArray(new RegisterEntry[0]);
            this.keys = new String[entries.length];
            String[] d = new String[entries.length];
            for (int i = 0; i < entries.length; i++) {
                keys[i] = NumberKey.of(entries[i].number());
                d[i] = NumberKey.digits(keys[i]);
            }
            this.digits = new DigitDeletionIndex(d);
            Map<String, List<Integer>> ev = new java.util.HashMap<>();
            for (int i = 0; i < entries.length; i++) {
                for (String k : Corroboration.lookupKeys(entries[i])) ev.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
            this.byEvidence = new java.util.HashMap<>();
            ev.forEach((k, v) -> byEvidence.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        boolean isFor(List<RegisterEntry> list) {
            if (list.size() != entries.length) return false;
            return list == source || fingerprint(list) == fingerprint;
        }

        private static long fingerprint(List<RegisterEntry> list) {
            long h = list.size();
            for (RegisterEntry e : list) {
                h = h * 31 + e.registerNo().hashCode();
                h = h * 31 + e.number().hashCode();
            }
            return h;
        }

        /** Entries within {@code radius} (at most {@link DigitDeletionIndex#RADIUS}) of the key, nearest first. */
        List<Scored> within(String key, int radius) {
            BitSet candidates = new BitSet();
            digits.candidates(NumberKey.digits(key), candidates);
            return score(key, radius, candidates);
        }

        /**
         * For a best distance of 2: the entries within 2 plus those at distance {@code radius} that
         * share a holder id, holder name or date with what was read. Entries further away that share
         * nothing cannot be confirmed, so they could not change the outcome.
         */
        List<Scored> withinOrCorroborated(String key, int radius, List<Scored> near, Corroboration evidence) {
            BitSet candidates = new BitSet();
            for (String k : evidence.lookupKeys()) {
                int[] ids = byEvidence.get(k);
                if (ids != null) for (int i : ids) candidates.set(i);
            }
            List<Scored> out = new ArrayList<>(near);
            for (Scored s : score(key, radius, candidates)) {
                if (out.stream().noneMatch(n -> n.entry() == s.entry())) out.add(s);
            }
            out.sort(Comparator.comparingInt(Scored::distance).thenComparing(x -> x.entry().registerNo()));
            return out;
        }

        private List<Scored> score(String key, int radius, BitSet candidates) {
            List<Scored> out = new ArrayList<>();
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                int dist = EditDistance.bounded(key, keys[i], radius);
                if (dist <= radius) out.add(new Scored(entries[i], dist));
            }
            out.sort(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.entry().registerNo()));
            return out;
        }
    }
}
