package vn.sogoc.archive.app.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Word error of a recognised text against the printed lines (tỷ lệ lỗi từ), tolerant of the reading
 * order of multi-column layouts. Each printed line is aligned, word by word (Levenshtein: substitution,
 * deletion, insertion each cost 1), against the best-matching run of consecutive recognised words
 * anywhere in the text (a semi-global alignment); longer lines are placed first, and a recognised word
 * already used by another line cannot match again. Recognised words that no line claims (noise, the
 * seal's ring) count as insertions. So a two-column header read left block first, right block first or
 * row by row costs nothing extra, while every wrong, missing or spurious word costs one.
 * <p>
 * Normalisation before comparing: Unicode NFC, typographic quotes and dashes to their ASCII forms,
 * whitespace runs split words. Case, accents and punctuation are kept: "Số:" read as "So:" is an error.
 */
public final class LineAlignedWordErrors {

    private LineAlignedWordErrors() { }

    /** The errors of one text: {@code errors / referenceWords} is its word error rate. */
    public record Result(int errors, int referenceWords, int unclaimedWords) {

        public double rate() { return referenceWords == 0 ? (errors == 0 ? 0 : 1) : errors / (double) referenceWords; }
    }

    public static Result of(List<String> referenceLines, String recognised) {
        List<List<String>> lines = referenceLines.stream().map(LineAlignedWordErrors::words).filter(l -> !l.isEmpty()).toList();
        List<String> hyp = words(recognised == null ? "" : recognised);
        boolean[] claimed = new boolean[hyp.size()];
        int errors = 0, referenceWords = 0;
        List<Integer> order = IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -lines.get(i).size()).thenComparingInt(i -> i)).toList();
        for (int i : order) {
            List<String> ref = lines.get(i);
            referenceWords += ref.size();
            errors += alignLine(ref, hyp, claimed);
        }
        int unclaimed = 0;
        for (boolean c : claimed) if (!c) unclaimed++;
        return new Result(errors + unclaimed, referenceWords, unclaimed);
    }

    /** Aligns one line against its best run of recognised words, marks that run claimed, returns its cost. */
    private static int alignLine(List<String> ref, List<String> hyp, boolean[] claimed) {
        int n = ref.size(), m = hyp.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) d[i][0] = i;          // row 0 stays 0: the run may start anywhere
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int match = d[i - 1][j - 1] + (!claimed[j - 1] && ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(match, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        int end = 0;
        // among equally good ends, a later unclaimed word is better read as a substitution than left over
        for (int j = 1; j <= m; j++) if (d[n][j] < d[n][end] || (d[n][j] == d[n][end] && j == end + 1 && !claimed[j - 1])) end = j;
        int cost = d[n][end];
        // trace back to the run's first word and claim the run
        int i = n, j = end;
        while (i > 0 && j > 0) {
            int sub = d[i - 1][j - 1] + (!claimed[j - 1] && ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
            if (d[i][j] == sub) {
                claimed[j - 1] = true;
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                claimed[j - 1] = true;
                j--;
            }
        }
        return cost;
    }

    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-');
        List<String> out = new ArrayList<>();
        for (String w : s.split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** The median of some rates (0 for none). */
    static double median(double[] values) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
