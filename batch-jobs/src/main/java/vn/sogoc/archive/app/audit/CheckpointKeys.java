package vn.sogoc.archive.app.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.signing.cms.CmsDetachedSigner;
import vn.sogoc.archive.signing.key.KeystoreSettings;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/**
 * The organisation's key as the audit trail uses it: a detached CMS signer (CAdES-T, the same key and
 * timestamp authority as the PAdES signer: the demo PKI and its in-process TSA, or the production
 * PKCS#12 key and TSA URL) and the certificates trusted when checkpoints are verified.
 *
 * @param signer       signs checkpoint payloads
 * @param trustAnchors certificates a checkpoint signature must chain to
 * @param tsaUrl       where timestamps come from ("in-process demo TSA" or the URL), for reports
 */
public record CheckpointKeys(CmsDetachedSigner signer, List<X509Certificate> trustAnchors, String tsaUrl) {

    /** Builds the keys from the archive's signing settings and {@code archive.audit.trust-anchors}. */
    public static CheckpointKeys from(ArchiveProperties properties, AuditSettings settings) throws IOException {
        ArchiveProperties.Signing s = properties.signing();
        List<X509Certificate> anchors = new ArrayList<>(read(settings.trustAnchors()));
        if (s.demo()) {
            DemoPki pki = DemoPki.openOrCreate(properties.pkiDir(), properties.organisation());
            if (anchors.isEmpty()) anchors.add(pki.rootCertificate());
            return new CheckpointKeys(new CmsDetachedSigner(pki.signingKeyMaterial(),
                    TsaClientFactory.shared(pki.newTsaClient(Clock.systemUTC()))), anchors, "in-process demo TSA");
        }
        if (s.keystore() == null) {
            throw new IllegalStateException("archive.signing.keystore is required when archive.signing.demo=false");
        }
        SigningKeyMaterial key = SigningKeyMaterial.fromPkcs12(new KeystoreSettings(s.keystore(),
                s.keystorePassword() == null ? new char[0] : s.keystorePassword().toCharArray(), s.alias(),
                s.crl() == null ? List.of() : s.crl()));
        if (anchors.isEmpty()) {
            X509Certificate last = key.chain().get(key.chain().size() - 1);
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) anchors.add(last);
        }
        TsaClientFactory tsa = s.tsaUrl() == null ? null : TsaClientFactory.forUrl(s.tsaUrl(), s.tsaUser(), s.tsaPassword());
        return new CheckpointKeys(new CmsDetachedSigner(key, tsa), anchors, s.tsaUrl());
    }

    private static List<X509Certificate> read(List<Path> files) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) out.add((X509Certificate) c);
            } catch (CertificateException e) {
                throw new IOException("archive.audit.trust-anchors: " + f + " is not a certificate (PEM or DER): "
                        + e.getMessage(), e);
            }
        }
        return out;
    }
}
