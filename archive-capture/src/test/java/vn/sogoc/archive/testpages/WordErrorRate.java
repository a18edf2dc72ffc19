package vn.sogoc.archive.testpages;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/** Word error rate: word-level edit distance between a reference and a recognised text, over the reference's length. */
public final class WordErrorRate {

    private WordErrorRate() { }

    public static double of(String reference, String recognised) {
        List<String> ref = words(reference);
        List<String> hyp = words(recognised);
        int[] previous = new int[hyp.size() + 1];
        int[] current = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return ref.isEmpty() ? 0 : previous[hyp.size()] / (double) ref.size();
    }

    private static List<String> words(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return Arrays.stream(nfc.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
