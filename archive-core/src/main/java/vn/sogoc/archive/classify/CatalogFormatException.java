package vn.sogoc.archive.classify;

import java.io.IOException;

/** The result-type catalog CSV is malformed; the message names the source and the line. */
public class CatalogFormatException extends IOException {

    public CatalogFormatException(String message) { super(message); }
}
