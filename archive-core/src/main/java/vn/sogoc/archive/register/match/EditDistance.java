package vn.sogoc.archive.register.match;

/** Levenshtein distance with a cut-off, in a diagonal band: O(length × limit). */
final class EditDistance {

    private EditDistance() { }

    /** The distance when it is at most {@code limit}, else {@code limit + 1}. */
    static int bounded(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) return limit + 1;
        int big = limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= limit ? j : big;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            cur[0] = i <= limit ? i : big;
            if (from > 1) cur[from - 1] = big;
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int v = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                v = Math.min(v, Math.min(prev[j] + 1, cur[j - 1] + 1));
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) cur[to + 1] = big;
            if (rowMin > limit) return big;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }
}
