package vn.sogoc.archive.signing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Signs a PDF with the organisation's key (PAdES) and a visible appearance at the top right of page 1
 * (port). Implementations are thread-safe.
 */
public interface DocumentSigner {

    SignatureResult sign(Path unsigned, Path signed, SignatureRequest request) throws IOException;
}
