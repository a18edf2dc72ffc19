package vn.sogoc.archive.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One fresh demo PKI for the class (RSA 3072 key generation takes a few seconds). */
class DemoPkiTest {

    @TempDir
    static Path home;
    static DemoPki pki;

    @BeforeAll
    static void create() throws Exception {
        pki = DemoPki.openOrCreate(home, "Sở Tư pháp DEMO");
    }

    @Test
    void createsOnceThenLoadsTheSameMaterial() throws Exception {
        DemoPki first = pki;
        DemoPki second = DemoPki.openOrCreate(home, "another name, ignored");

        assertThat(second.rootCertificate()).isEqualTo(first.rootCertificate());
        assertThat(second.signingCertificate()).isEqualTo(first.signingCertificate());
        assertThat(second.tsaCertificate()).isEqualTo(first.tsaCertificate());
        assertThat(second.crls()).isEqualTo(first.crls());
        assertThat(second.signingKeyMaterial().chain()).isEqualTo(first.signingKeyMaterial().chain());
        assertThat(first.signingCertificate().getSubjectX500Principal().getName()).contains("Sở Tư pháp DEMO");
    }

    @Test
    void certificatesAreMarkedAndFitForPurpose() throws Exception {
        List<X509Certificate> chain = pki.signingKeyMaterial().chain();
        assertThat(chain).hasSize(3);
        for (X509Certificate cert : Stream.concat(chain.stream(), Stream.of(pki.tsaCertificate())).toList()) {
            String subject = cert.getSubjectX500Principal().getName();
            assertThat(subject).contains("CN=").contains("O=" + DemoPki.DEMO_MARK);
            assertThat(subject.substring(subject.indexOf("CN="))).contains(DemoPki.DEMO_MARK);
            assertThat(((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        }
        chain.get(0).verify(chain.get(1).getPublicKey());
        chain.get(1).verify(chain.get(2).getPublicKey());
        chain.get(2).verify(chain.get(2).getPublicKey());
        assertThat(chain.get(2)).isEqualTo(pki.rootCertificate());

        boolean[] usage = pki.signingCertificate().getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();

        X509Certificate tsa = pki.tsaCertificate();
        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        tsa.verify(chain.get(1).getPublicKey());

        assertThat(pki.crls()).hasSize(2);
        assertThat(pki.crls().get(0).getIssuerX500Principal()).isEqualTo(chain.get(1).getSubjectX500Principal());
        assertThat(pki.crls().get(0).getRevokedCertificates()).isNull();
        assertThat(pki.crls().get(0).getNextUpdate()).isAfter(new java.util.Date(System.currentTimeMillis() + 9L * 365 * 86_400_000));
    }

    @Test
    void theOnlyCertificateFileAValidatorWouldTrustIsTheRoot() throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> anchors = files.filter(f -> f.toString().matches(".*\\.(pem|crt|cer)$")).toList();
            assertThat(anchors).containsExactly(home.resolve("root-ca.pem"));
        }
        assertThat(pki.rootCertificateFile()).isEqualTo(home.resolve("root-ca.pem"));
        assertThat(home.resolve("keystores/organisation.p12")).isRegularFile();
        assertThat(home.resolve("keystores/tsa.p12")).isRegularFile();
        assertThat(home.resolve("crl/issuing-ca.crl")).isRegularFile();
        assertThat(Files.readString(home.resolve("README-DEMO.txt"))).contains(DemoPki.KEYSTORE_PASSWORD);
    }
}
