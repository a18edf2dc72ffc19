package vn.sogoc.archive.signing.key;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PrivateKeySignature;
import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The organisation's signing key and what a verifier needs with it: the key stays behind iText's
 * {@link IExternalSignature}, so a PKCS#11 (HSM, USB token) implementation can replace the PKCS#12 one
 * without touching the signer.
 *
 * @param signature the signing operation (SHA-256 digest)
 * @param chain     the signing certificate first, then its issuers up to the root
 * @param crls      CRLs covering the chain, embedded at PAdES B-LT and above; may be empty for B-B/B-T
 */
public record SigningKeyMaterial(IExternalSignature signature, List<X509Certificate> chain, List<X509CRL> crls) {

    public SigningKeyMaterial {
        chain = List.copyOf(chain);
        crls = List.copyOf(crls);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the signing certificate chain is empty");
        }
    }

    /** SHA-256 signatures with a software key (PKCS#12 entry) and the given CRLs. */
    public static SigningKeyMaterial of(Pkcs12KeyEntry entry, List<X509CRL> crls) {
        return new SigningKeyMaterial(
            new PrivateKeySignature(entry.privateKey(), DigestAlgorithms.SHA256, null), entry.chain(), crls);
    }

    /** Loads the key and chain from a PKCS#12 keystore and the CRLs from files. */
    public static SigningKeyMaterial fromPkcs12(KeystoreSettings settings) throws IOException {
        Pkcs12KeyEntry entry = Pkcs12KeyEntry.load(settings.keystore(), settings.password(), settings.alias());
        return of(entry, CrlFiles.read(settings.crlFiles()));
    }

    /** The signing certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The chain as the array iText expects. */
    public Certificate[] chainArray() {
        return chain.toArray(new Certificate[0]);
    }
}
