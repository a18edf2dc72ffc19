package vn.sogoc.archive.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.sogoc.archive.text.VietnameseText;

/**
 * Classifies OCR'd text into the catalog's result types from the catalog data alone: each type's
 * title (alternatives separated by " / ", parenthesised abbreviations dropped) is searched
 * approximately in the folded, compacted text, and the number after "Số:" is compared with the
 * symbol groups that only that type uses (CNĐK, XNCB, CCHN, GPHĐ, ĐKKDD, GPP, CBMP, QĐ, …).
 * <p>
 * Score (0–1) = 0.6 × title similarity (0 at 50% of the title, 1 at 95%) + 0.1 if its title is the
 * first good title in the text (a title beats a later mention in the body) + 0.35 if the "Số:" number
 * carries the type's distinctive symbol + 0.05 if it fits the type's number shape + 0.05 if the symbol
 * appears anywhere − 0.2 if the "Số:" number carries another type's symbol. Below
 * {@value #MIN_SCORE}, or when the runner-up is as good, {@link Classification#none()}. Thread-safe.
 */
public final class CatalogResultClassifier implements ResultClassifier {

    /** Least score for a type to be returned. */
    public static final double MIN_SCORE = 0.35;
    /** Only this much compacted text (from the start) is searched for titles: titles are on page 1. */
    private static final int TITLE_WINDOW = 8000;

    private final ResultTypeCatalog catalog;
    private final CatalogSymbols symbols;
    private final List<TypeTitles> titles = new ArrayList<>();

    private record TypeTitles(ResultType type, List<String> compactTitles) { }

    /** Evidence gathered for one type. */
    private record Evidence(String code, double title, int firstGood, boolean numberHit, boolean structure,
                            boolean anywhere, boolean contradicted) { }

    public CatalogResultClassifier(ResultTypeCatalog catalog) {
        this.catalog = catalog;
        this.symbols = new CatalogSymbols(catalog);
        for (ResultType type : catalog.types()) {
            List<String> alternatives = new ArrayList<>();
            for (String alt : type.titleVi().split("\\s+/\\s+|;")) {
                String compact = ApproximateFind.compact(VietnameseText.fold(alt.replaceAll("\\([^)]*\\)", " ")));
                if (compact.length() >= 6) alternatives.add(compact);
            }
            titles.add(new TypeTitles(type, alternatives));
        }
    }

    @Override
    public Classification classify(String text) {
        if (text == null || text.isBlank()) return Classification.none();
        String folded = VietnameseText.fold(text);
        String compact = ApproximateFind.compact(folded);
        String window = compact.length() > TITLE_WINDOW ? compact.substring(0, TITLE_WINDOW) : compact;
        String number = NumberSymbols.findLabelled(text, symbols.printedGroups()).orElse(null);
        Set<String> numberGroups = number == null ? Set.of() : new LinkedHashSet<>(CatalogSymbols.groups(number));
        Set<String> textGroups = symbolGroupsIn(folded);

        List<Evidence> evidence = new ArrayList<>();
        for (TypeTitles t : titles) {
            double bestSim = 0;
            int firstGood = -1;
            for (String title : t.compactTitles()) {
                int good = Math.max(1, title.length() / 5);
                ApproximateFind.Hit hit = ApproximateFind.find(title, window, good);
                double sim = 1.0 - (double) hit.distance() / title.length();
                bestSim = Math.max(bestSim, sim);
                if (hit.firstGoodEnd() >= 0 && (firstGood < 0 || hit.firstGoodEnd() < firstGood)) {
                    firstGood = hit.firstGoodEnd();
                }
            }
            String code = t.type().code();
            Set<String> mine = symbols.distinctive(code);
            boolean numberHit = number != null && matchesAny(numberGroups, mine);
            boolean structure = number != null && symbols.fitsStructure(code, number);
            boolean anywhere = mine.stream().anyMatch(textGroups::contains);
            evidence.add(new Evidence(code, bestSim, firstGood, numberHit, structure, anywhere, false));
        }
        boolean anyNumberHit = evidence.stream().anyMatch(Evidence::numberHit);
        int lead = evidence.stream().filter(e -> e.firstGood() >= 0).mapToInt(Evidence::firstGood).min().orElse(-1);

        String bestCode = null;
        double best = 0;
        double second = 0;
        for (Evidence e : evidence) {
            double titleScore = clamp((e.title() - 0.5) / 0.45);
            double s = 0.6 * titleScore;
            if (titleScore > 0 && e.firstGood() >= 0 && e.firstGood() == lead) s += 0.1;
            if (e.numberHit()) s += 0.35;
            if (e.structure()) s += 0.05;
            if (e.anywhere()) s += 0.05;
            if (anyNumberHit && !e.numberHit()) s -= 0.2;
            s = clamp(s);
            if (s > best) {
                second = best;
                best = s;
                bestCode = e.code();
            } else if (s > second) {
                second = s;
            }
        }
        if (bestCode == null || best < MIN_SCORE || best - second < 0.02) return Classification.none();
        return new Classification(bestCode, Math.round(best * 1000) / 1000.0);
    }

    /**
     * The number carries one of the type's distinctive groups exactly (no fuzzy symbol matching: real
     * symbols of other procedures, e.g. GPXD, are one letter from ours).
     */
    private static boolean matchesAny(Set<String> numberGroups, Set<String> mine) {
        for (String g : numberGroups) {
            if (mine.contains(g)) return true;
        }
        return false;
    }

    private static Set<String> symbolGroupsIn(String folded) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : folded.toUpperCase(java.util.Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!g.isEmpty()) out.add(g);
        }
        return out;
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }

    /** The catalog this classifier was built from. */
    public ResultTypeCatalog catalog() { return catalog; }
}
