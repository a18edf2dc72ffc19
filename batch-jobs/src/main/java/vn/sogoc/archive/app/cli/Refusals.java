package vn.sogoc.archive.app.cli;

import vn.sogoc.archive.app.RefusedException;

/**
 * How a command reports a refusal (từ chối): one line on standard error, "label (CODE): Vietnamese /
 * English", and exit code 1. Nothing was stored or numbered.
 */
final class Refusals {

    static final String REFUSED = "Từ chối / refused";
    static final int EXIT_CODE = 1;

    private Refusals() { }

    static int print(RefusedException e) {
        return print(REFUSED, e);
    }

    static int print(String label, RefusedException e) {
        System.err.println(label + " (" + e.code() + "): " + e.getMessage());
        return EXIT_CODE;
    }

    /** A value the command line could not parse (e.g. {@code --signer "NAME, TITLE"}). */
    static int print(String label, IllegalArgumentException e) {
        System.err.println(label + ": " + e.getMessage());
        return EXIT_CODE;
    }
}
