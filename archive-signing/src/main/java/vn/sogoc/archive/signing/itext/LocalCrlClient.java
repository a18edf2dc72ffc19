package vn.sogoc.archive.signing.itext;

import com.itextpdf.signatures.ICrlClient;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Gives iText CRLs already at hand (files, the demo PKI) instead of downloading them: for each
 * certificate, the CRLs its issuer signed. Without it iText builds online clients from the certificates'
 * distribution points and fails when there are none. Immutable, thread-safe.
 */
public final class LocalCrlClient implements ICrlClient {

    private final List<X509CRL> crls;

    /** A client answering from these CRLs. */
    public LocalCrlClient(List<X509CRL> crls) {
        this.crls = List.copyOf(crls);
    }

    @Override
    public Collection<byte[]> getEncoded(X509Certificate certificate, String url) {
        List<byte[]> encoded = new ArrayList<>();
        for (X509CRL crl : crls) {
            if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    encoded.add(crl.getEncoded());
                } catch (CRLException e) {
                    throw new IllegalStateException("cannot encode CRL of " + crl.getIssuerX500Principal(), e);
                }
            }
        }
        return encoded;
    }
}
