package vn.sogoc.archive.register.match;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Candidate prefilter for fuzzy number lookup (symmetric-deletion index, as in SymSpell, on the digits
 * of each key). Deleting the letters from two keys never increases their edit distance, and two digit
 * strings within distance 2 share a string obtained by at most two deletions from each; so every entry
 * within distance 2 of a query is among the candidates. Each variant is stored as a 40-bit hash and a
 * 24-bit entry index in one sorted {@code long[]} (about 37 variants, 300 bytes, per 8-digit number).
 * Hash collisions only add candidates, which the caller verifies. Immutable after construction.
 */
final class DigitDeletionIndex {

    static final int RADIUS = 2;
    static final int MAX_ENTRIES = 1 << 24;
    private static final long INDEX_MASK = (1L << 24) - 1;

    private final long[] postings;

    DigitDeletionIndex(String[] digits) {
        if (digits.length >= MAX_ENTRIES) throw new IllegalArgumentException("too many register entries: " + digits.length);
        long[] buf = new long[Math.max(16, digits.length * 40)];
        int n = 0;
        for (int i = 0; i < digits.length; i++) {
            for (String v : deletions(digits[i], RADIUS)) {
                if (n == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                buf[n++] = (hash(v) << 24) | i;
            }
        }
        postings = Arrays.copyOf(buf, n);
        Arrays.sort(postings);
    }

    /** Entries whose digits may be within distance 2 of {@code digits}. */
    void candidates(String digits, BitSet out) {
        for (String v : deletions(digits, RADIUS)) lookup(hash(v), out);
    }

    private void lookup(long hash, BitSet out) {
        long lo = hash << 24;
        int i = Arrays.binarySearch(postings, lo);
        if (i < 0) i = -i - 1;
        while (i < postings.length && (postings[i] >>> 24) == hash) {
            out.set((int) (postings[i] & INDEX_MASK));
            i++;
        }
    }

    /** The string and every string made from it by deleting up to {@code radius} characters. */
    static Set<String> deletions(String s, int radius) {
        Set<String> out = new HashSet<>();
        out.add(s);
        Set<String> level = Set.of(s);
        for (int r = 0; r < radius; r++) {
            Set<String> next = new HashSet<>();
            for (String t : level) {
                for (int i = 0; i < t.length(); i++) next.add(t.substring(0, i) + t.substring(i + 1));
            }
            out.addAll(next);
            level = next;
        }
        return out;
    }

    /** 40-bit FNV-1a hash of the string and its length. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= s.length();
        h *= 0x100000001b3L;
        h ^= h >>> 29;
        return h & ((1L << 40) - 1);
    }
}
