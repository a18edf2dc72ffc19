package vn.sogoc.archive.register;

import java.util.List;

/**
 * Outcome of matching a scan to the master register: exactly one entry, none, or several equally
 * good candidates (never chosen between).
 *
 * @param distance edit distance between the read number and the matched entry's (0 = exact)
 */
public record RegisterMatch(Kind kind, RegisterEntry entry, List<RegisterEntry> candidates, int distance) {

    public enum Kind { MATCHED, NONE, AMBIGUOUS }

    public static RegisterMatch matched(RegisterEntry entry, int distance) {
        return new RegisterMatch(Kind.MATCHED, entry, List.of(entry), distance);
    }

    public static RegisterMatch none() { return new RegisterMatch(Kind.NONE, null, List.of(), -1); }

    public static RegisterMatch ambiguous(List<RegisterEntry> candidates) {
        return new RegisterMatch(Kind.AMBIGUOUS, null, List.copyOf(candidates), -1);
    }
}
