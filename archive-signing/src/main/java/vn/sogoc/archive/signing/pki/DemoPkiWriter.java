package vn.sogoc.archive.signing.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;
import vn.sogoc.archive.signing.pki.DemoCertificateAuthority.Issued;

/** Creates the demo PKI and writes it in the {@link DemoPkiLayout}. */
final class DemoPkiWriter {

    private static final Duration YEAR = Duration.ofDays(365);

    private final DemoPkiLayout layout;
    private final DemoCertificateAuthority ca;

    DemoPkiWriter(DemoPkiLayout layout, Instant now) throws GeneralSecurityException {
        this.layout = layout;
        this.ca = new DemoCertificateAuthority(now);
    }

    void write(String organisation) throws GeneralSecurityException, IOException {
        String mark = DemoPki.DEMO_MARK;
        Issued root = ca.root(DemoCertificateAuthority.name("Sổ Gốc Root CA (" + mark + ")", mark), YEAR.multipliedBy(25));
        Issued issuing = ca.subCa(root,
            DemoCertificateAuthority.name("Sổ Gốc Issuing CA (" + mark + ")", mark), YEAR.multipliedBy(20));
        Issued signer = ca.documentSigner(issuing,
            DemoCertificateAuthority.name(organisation + " (" + mark + ")", mark), YEAR.multipliedBy(10));
        Issued tsa = ca.timestampAuthority(issuing,
            DemoCertificateAuthority.name("Sổ Gốc Timestamp Authority (" + mark + ")", mark), YEAR.multipliedBy(15));
        X509CRL issuingCrl = ca.emptyCrl(issuing, YEAR.multipliedBy(10));
        X509CRL rootCrl = ca.emptyCrl(root, YEAR.multipliedBy(10));

        Files.createDirectories(layout.certs());
        Files.createDirectories(layout.keystores());
        Files.createDirectories(layout.issuingCrl().getParent());
        char[] password = DemoPki.KEYSTORE_PASSWORD.toCharArray();
        new Pkcs12KeyEntry(signer.keys().getPrivate(), List.of(signer.certificate(), issuing.certificate(), root.certificate()))
            .store(layout.organisationKeystore(), password, DemoPki.ORGANISATION_ALIAS);
        new Pkcs12KeyEntry(tsa.keys().getPrivate(), List.of(tsa.certificate(), issuing.certificate(), root.certificate()))
            .store(layout.tsaKeystore(), password, DemoPki.TSA_ALIAS);
        // Demo only: the issuing CA's key is kept so that personal demo certificates can be issued later.
        new Pkcs12KeyEntry(issuing.keys().getPrivate(), List.of(issuing.certificate(), root.certificate()))
            .store(layout.issuingCaKeystore(), password, DemoPki.ISSUING_CA_ALIAS);
        Files.writeString(layout.rootPem(), pem(root.certificate()), StandardCharsets.US_ASCII);
        Files.write(layout.issuingCaCert(), issuing.certificate().getEncoded());
        Files.write(layout.organisationCert(), signer.certificate().getEncoded());
        Files.write(layout.tsaCert(), tsa.certificate().getEncoded());
        Files.write(layout.issuingCrl(), issuingCrl.getEncoded());
        Files.write(layout.rootCrl(), rootCrl.getEncoded());
        Files.writeString(layout.readme(), readme(organisation), StandardCharsets.UTF_8);
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }

    private static String readme(String organisation) {
        return """
            DEMO PKI — %s
            Demo material only: never use these keys or certificates for real documents.

            Organisation in the signing certificate: %s
            Keystore password (both keystores): %s
            root-ca.pem                 trust anchor (the only PEM here; give it to validators)
            certs/issuing-ca.der        issuing CA
            certs/organisation.der      organisation signing certificate (digitalSignature, nonRepudiation)
            certs/tsa.der               timestamp authority (EKU timeStamping, critical)
            crl/issuing-ca.crl          empty CRL of the issuing CA (covers the organisation and TSA certificates)
            crl/root-ca.crl             empty CRL of the root CA (covers the issuing CA)
            keystores/organisation.p12  alias "%s"
            keystores/tsa.p12           alias "%s"
            keystores/issuing-ca.p12    alias "%s": the issuing CA's key, kept (demo only) to issue personal
                                        demo certificates (persons/*.p12) for certifying officers
            Keys: RSA 3072, signatures SHA256withRSA. The root CA's private key was not kept.
            """.formatted(DemoPki.DEMO_MARK, organisation, DemoPki.KEYSTORE_PASSWORD,
            DemoPki.ORGANISATION_ALIAS, DemoPki.TSA_ALIAS, DemoPki.ISSUING_CA_ALIAS);
    }
}
