package vn.sogoc.archive.classify;

import java.text.Normalizer;
import java.util.Random;

/**
 * Deterministic OCR-like damage for test texts: diacritics lost or changed on some words, a word split
 * in two, doubled spaces, case changes. Numbers are left alone (their damage is tested explicitly).
 */
public final class OcrNoise {

    private OcrNoise() { }

    public static String damage(String text, long seed, double rate) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder l = new StringBuilder();
            for (String word : line.split(" ", -1)) {
                String w = word;
                boolean numeric = w.matches(".*[0-9/].*");
                if (!numeric && w.length() > 1) {
                    double p = r.nextDouble();
                    if (p < rate) w = stripMarks(w);
                    else if (p < rate * 1.4) w = swapTone(w, r);
                    else if (p < rate * 1.7 && w.length() > 3) {
                        int cut = 1 + r.nextInt(w.length() - 2);
                        w = w.substring(0, cut) + " " + w.substring(cut);
                    } else if (p < rate * 1.9) {
                        w = w.toLowerCase();
                    }
                }
                if (l.length() > 0) l.append(r.nextDouble() < rate / 3 ? "  " : " ");
                l.append(w);
            }
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    static String stripMarks(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    private static String swapTone(String w, Random r) {
        String nfd = Normalizer.normalize(w, Normalizer.Form.NFD);
        String[] tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
        String swapped = nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", tones[r.nextInt(tones.length)]);
        return Normalizer.normalize(swapped, Normalizer.Form.NFC);
    }
}
