package vn.sogoc.archive.search.lucene;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries for a {@link ParsedQuery}.
 *
 * <p>Each word is a disjunction of: the folded word in {@link SearchFields#ALL} (recall), the accented
 * word in {@link SearchFields#ALL_ACCENTED} (only when it has accents: ranks exact accents first), and the
 * word in {@link SearchFields#HOLDER} (a holder-name match ranks first), exact or, in the fuzzy modes,
 * within 1–2 edits ({@link #maxEdits}). Each candidate code is an exact term on {@link SearchFields#CODE}
 * with a boost that dominates text scores, so a number and symbol finds its record first.
 * The phrase bonus is a separate query, applied by rescoring the top hits only (a sloppy phrase over
 * every hit of common words costs tens of milliseconds).
 */
final class QueryFactory {

    /** How the words combine; the index tries them in this order until one finds something. */
    enum Mode {
        /** Every word, spelled right (accents aside). Cheap: no fuzzy expansion. */
        ALL_EXACT,
        /** Every word; holder-name words may be misspelled. */
        ALL_FUZZY,
        /** Any word; holder-name words may be misspelled. */
        ANY_FUZZY
    }

    static final float CODE_BOOST = 50f;
    static final float ACCENT_BOOST = 1.5f;
    static final float HOLDER_BOOST = 1.2f;
    /** Weight of the phrase score added to the top hits by rescoring. */
    static final float PHRASE_WEIGHT = 2f;
    /** Only the first words get a fuzzy clause: fuzzy rewriting expands to many terms. */
    static final int MAX_FUZZY_WORDS = 6;
    static final int FUZZY_EXPANSIONS = 20;
    /** Words this short get no edit when the records' text has them (see {@link #nearSpellings}). */
    static final int SHORT_WORD = 2;

    Query textQuery(ParsedQuery q, Mode mode) {
        return textQuery(q, mode, i -> i < MAX_FUZZY_WORDS);
    }

    /**
     * As {@link #textQuery(ParsedQuery, Mode)}, but in the fuzzy modes only the words {@code fuzzy} accepts
     * (by index) get a fuzzy holder clause, e.g. the keys of {@link #nearSpellings}: a word without near
     * spellings would match only itself.
     */
    Query textQuery(ParsedQuery q, Mode mode, java.util.function.IntPredicate fuzzy) {
        Occur occur = mode == Mode.ANY_FUZZY ? Occur.SHOULD : Occur.MUST;
        return combine(q, (text, i) -> text.add(wordQuery(q.folded().get(i), q.accented().get(i),
                mode != Mode.ALL_EXACT && i < MAX_FUZZY_WORDS && fuzzy.test(i)), occur));
    }

    /**
     * The shape every text query shares: the words' clauses (added by {@code word} for each word index)
     * in one Boolean query, or'ed with the candidate codes, each boosted to dominate text scores.
     */
    private static Query combine(ParsedQuery q, BiConsumer<BooleanQuery.Builder, Integer> word) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        if (!q.folded().isEmpty()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            for (int i = 0; i < q.folded().size(); i++) word.accept(text, i);
            top.add(text.build(), Occur.SHOULD);
        }
        for (String code : q.codes()) {
            top.add(new BoostQuery(new TermQuery(new Term(SearchFields.CODE, code)), CODE_BOOST), Occur.SHOULD);
        }
        return top.build();
    }

    /**
     * The lean ranking query of {@link Mode#ALL_EXACT}: every folded word as a required term on
     * {@link SearchFields#ALL}, each word's holder-name bonus as an optional term, and the candidate codes
     * as in {@link #textQuery}. It matches exactly the records {@link #textQuery} matches in that mode (the
     * accented and holder fields hold the same words as {@link SearchFields#ALL}, folded the same way) and
     * scores them the same except for the accent bonus: two scorers per word instead of three, none of them
     * on the dense accented field. Its top hits are re-ranked with {@link #textQuery}.
     */
    Query leanQuery(ParsedQuery q) {
        return combine(q, (text, i) -> {
            String w = q.folded().get(i);
            text.add(new TermQuery(new Term(SearchFields.ALL, w)), Occur.MUST);
            text.add(new BoostQuery(new TermQuery(new Term(SearchFields.HOLDER, w)), HOLDER_BOOST), Occur.SHOULD);
        });
    }

    /**
     * The near spellings of each query word among the holder names: the terms its fuzzy holder clause
     * ({@link #textQuery} in the fuzzy modes) expands to, the word itself left out; words without one are absent.
     * Empty: the {@link Mode#ALL_FUZZY} pass would match exactly what {@link Mode#ALL_EXACT} matched (the
     * holder field's words are also in {@link SearchFields#ALL}), so it need not run.
     *
     * <p>A word of {@value #SHORT_WORD} letters or fewer that the records' text contains ({@code textWord})
     * is taken as spelled right and gets none: one edit of a real two-letter word reaches dozens of other
     * syllables ("so" (số) → Sơn, Tô, Võ …), which only adds noise and a second walk over common words.
     * An unknown short word is a typo ("ti" for "thi") and keeps its one edit.
     *
     * @param rewrite expands a fuzzy query into the index terms it matches ({@code IndexSearcher::rewrite})
     * @param textWord whether a folded word occurs in some record's text ({@link SearchFields#ALL})
     */
    Map<Integer, List<Term>> nearSpellings(ParsedQuery q, UnaryOperator<Query> rewrite,
            java.util.function.Predicate<String> textWord) {
        Map<Integer, List<Term>> out = new HashMap<>();
        List<String> words = q.folded();
        for (int i = 0; i < words.size() && i < MAX_FUZZY_WORDS; i++) {
            String w = words.get(i);
            int edits = maxEdits(w);
            if (edits == 0 || w.length() <= SHORT_WORD && textWord.test(w)) continue;
            Set<Term> terms = new HashSet<>();
            rewrite.apply(new FuzzyQuery(new Term(SearchFields.HOLDER, w), edits, 0, FUZZY_EXPANSIONS, true))
                    .visit(QueryVisitor.termCollector(terms));
            List<Term> near = terms.stream()
                    .filter(t -> t.field().equals(SearchFields.HOLDER) && !t.text().equals(w)).sorted().toList();
            if (!near.isEmpty()) out.put(i, near);
        }
        return out;
    }

    /**
     * A query matching exactly the records {@link #textQuery} matches in a fuzzy mode, for matching
     * without scores: per word, the folded word on {@link SearchFields#ALL} or one of its near holder-name
     * spellings ({@link #nearSpellings}). The accented and exact holder clauses are left out (their words
     * are in {@link SearchFields#ALL} too), which halves the dense postings walked per word.
     */
    Query fuzzyMatchQuery(ParsedQuery q, Mode mode, Map<Integer, List<Term>> near) {
        Occur occur = mode == Mode.ANY_FUZZY ? Occur.SHOULD : Occur.MUST;
        return combine(q, (text, i) -> {
            Query word = new TermQuery(new Term(SearchFields.ALL, q.folded().get(i)));
            List<Term> spellings = near.getOrDefault(i, List.of());
            if (!spellings.isEmpty()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder().add(word, Occur.SHOULD);
                for (Term t : spellings) any.add(new TermQuery(t), Occur.SHOULD);
                word = any.build();
            }
            text.add(word, occur);
        });
    }

    /** The words as a sloppy phrase (slop 1) on {@link SearchFields#ALL}, or null for fewer than two words. */
    Query phraseQuery(ParsedQuery q) {
        List<String> words = q.folded();
        if (words.size() < 2) return null;
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(1);
        for (int i = 0; i < words.size(); i++) p.add(new Term(SearchFields.ALL, words.get(i)), i);
        return p.build();
    }

    private static Query wordQuery(String folded, String accented, boolean fuzzy) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(SearchFields.ALL, folded)), Occur.SHOULD);
        if (!accented.equals(folded)) {
            b.add(new BoostQuery(new TermQuery(new Term(SearchFields.ALL_ACCENTED, accented)), ACCENT_BOOST),
                    Occur.SHOULD);
        }
        int edits = fuzzy ? maxEdits(folded) : 0;
        Query holder = edits == 0
                ? new TermQuery(new Term(SearchFields.HOLDER, folded))
                : new FuzzyQuery(new Term(SearchFields.HOLDER, folded), edits, 0, FUZZY_EXPANSIONS, true);
        b.add(new BoostQuery(holder, HOLDER_BOOST), Occur.SHOULD);
        return b.build();
    }

    /**
     * Edit distance allowed by word length: none for 1 letter, 1 for 2–5 letters, 2 beyond; none with
     * digits. Two-letter words get one edit because a dropped letter is the commonest typo in
     * three-letter Vietnamese syllables ("thi" → "ti"); fuzzy words are only tried when the exact pass failed.
     */
    static int maxEdits(String word) {
        for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return 0;
        if (word.length() <= 1) return 0;
        return word.length() <= 5 ? 1 : 2;
    }
}
