package vn.sogoc.archive.samples;

/** A font needed to render Vietnamese is missing or cannot draw some letter: never draw boxes silently. */
public class MissingFontException extends IllegalStateException {

    public MissingFontException(String message) { super(message); }

    public MissingFontException(String message, Throwable cause) { super(message, cause); }
}
