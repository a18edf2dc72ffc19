package vn.sogoc.archive.signing.tsa;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.TSAClientBouncyCastle;

/**
 * Gives the signer an RFC 3161 client for one signing operation. iText's clients keep per-request state,
 * so the signer asks for a client each time instead of sharing one across threads.
 */
@FunctionalInterface
public interface TsaClientFactory {

    /** A client for one signing operation. */
    ITSAClient newClient();

    /** A client of a TSA reached over HTTP(S); user and password may be null. */
    static TsaClientFactory forUrl(String url, String username, String password) {
        return () -> new TSAClientBouncyCastle(url, username, password);
    }

    /** Always the same client; only for clients that are themselves thread-safe. */
    static TsaClientFactory shared(ITSAClient threadSafeClient) {
        return () -> threadSafeClient;
    }
}
