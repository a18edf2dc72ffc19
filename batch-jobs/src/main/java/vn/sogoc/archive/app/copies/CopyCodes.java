package vn.sogoc.archive.app.copies;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Copy ids, which are also the short verification codes printed on copies and held by their QR code:
 * 10 characters of Crockford's base 32 (no I, L, O, U), 50 random bits, so not guessable.
 */
final class CopyCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CODE = Pattern.compile("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CopyCodes() { }

    static String newCode() {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        return new String(c);
    }

    /** A code as typed by a person ("abcd-efgh-jk", spaces, O for 0, I/L for 1) in canonical form, or null. */
    static String normalise(String typed) {
        if (typed == null) return null;
        String s = typed.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CODE.matcher(s).matches() ? s : null;
    }
}
