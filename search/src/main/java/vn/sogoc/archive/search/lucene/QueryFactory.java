package vn.sogoc.archive.search.lucene;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
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

    Query textQuery(ParsedQuery q, Mode mode) {
        List<String> words = q.folded();
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        if (!words.isEmpty()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            Occur occur = mode == Mode.ANY_FUZZY ? Occur.SHOULD : Occur.MUST;
            for (int i = 0; i < words.size(); i++) {
                boolean fuzzy = mode != Mode.ALL_EXACT && i < MAX_FUZZY_WORDS;
                text.add(wordQuery(words.get(i), q.accented().get(i), fuzzy), occur);
            }
            top.add(text.build(), Occur.SHOULD);
        }
        for (String code : q.codes()) {
            top.add(new BoostQuery(new TermQuery(new Term(SearchFields.CODE, code)), CODE_BOOST), Occur.SHOULD);
        }
        return top.build();
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
