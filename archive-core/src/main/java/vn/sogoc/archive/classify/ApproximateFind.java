package vn.sogoc.archive.classify;

/**
 * Approximate substring search (Sellers' algorithm): for a pattern and a text, the least edit distance
 * between the pattern and any substring of the text, and the first place where that is small. Used on
 * compacted folded text (letters and digits only), so OCR's broken words and extra spaces cost nothing
 * and wrong or missing diacritics are already gone. O(pattern × text) time, O(pattern) memory.
 */
final class ApproximateFind {

    /** Best distance, where it ends (exclusive), and the first end whose distance is within {@code good}. */
    record Hit(int distance, int end, int firstGoodEnd) { }

    private ApproximateFind() { }

    static Hit find(String pattern, String text, int good) {
        int m = pattern.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) col[i] = i;
        int best = m;
        int bestEnd = 0;
        int firstGood = -1;
        for (int j = 1; j <= text.length(); j++) {
            char c = text.charAt(j - 1);
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                int cost = diag + (pattern.charAt(i - 1) == c ? 0 : 1);
                int v = Math.min(cost, Math.min(up + 1, col[i - 1] + 1));
                col[i] = v;
                diag = up;
            }
            if (col[m] < best) {
                best = col[m];
                bestEnd = j;
            }
            if (firstGood < 0 && col[m] <= good) firstGood = j;
        }
        return new Hit(best, bestEnd, firstGood);
    }

    /** Letters and digits of the folded text only. */
    static String compact(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.toString();
    }
}
