package vn.sogoc.archive.signing.itext;

import java.io.IOException;

/** Signing failed for a reason other than reading or writing files (key, certificate, timestamp). */
public class SigningException extends IOException {

    /** A failure with its cause. */
    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
