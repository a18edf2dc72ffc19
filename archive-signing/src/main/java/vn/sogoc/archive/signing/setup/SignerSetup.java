package vn.sogoc.archive.signing.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.itext.ITextPadesSigner;
import vn.sogoc.archive.signing.key.KeystoreSettings;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/** Builds the application's {@link DocumentSigner}: from the demo PKI, or from a production keystore. */
public final class SignerSetup {

    private SignerSetup() {
    }

    /**
     * A signer with the demo PKI under {@code demoHome} (created on first use for {@code organisation}) and
     * its in-process timestamp authority; every level works offline.
     */
    public static ITextPadesSigner demo(Path demoHome, String organisation) throws IOException {
        DemoPki pki = DemoPki.openOrCreate(demoHome, organisation);
        Clock clock = Clock.systemUTC();
        return new ITextPadesSigner(pki.signingKeyMaterial(), TsaClientFactory.shared(pki.newTsaClient(clock)), clock);
    }

    /**
     * A signer with a PKCS#12 key; {@code tsaUrl} null allows B-B only; user and password may be null.
     * Without CRL files in the settings, B-LT asks the CAs named in the certificates (CRL/OCSP URLs).
     */
    public static ITextPadesSigner production(KeystoreSettings keystore, String tsaUrl, String tsaUser,
                                              String tsaPassword) throws IOException {
        SigningKeyMaterial key = SigningKeyMaterial.fromPkcs12(keystore);
        TsaClientFactory tsa = tsaUrl == null ? null : TsaClientFactory.forUrl(tsaUrl, tsaUser, tsaPassword);
        return new ITextPadesSigner(key, tsa, Clock.systemUTC());
    }
}
