package vn.sogoc.archive.signing.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.itext.ITextPadesSigner;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.support.DssValidation;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.TestPki;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/**
 * The organisation's key on a SoftHSM2 token (Debian {@code softhsm2}): the demo key is imported into a
 * fresh token, a PDF is signed through SunPKCS11 at B-LT and EU DSS passes it. Skipped, saying so, only
 * when SoftHSM2 is not installed.
 */
class Pkcs11KeyMaterialTest {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final String PIN = "20262026";

    @TempDir
    Path dir;

    private String tokenLabel;

    @AfterEach
    void deleteToken() throws Exception {
        if (tokenLabel != null) {
            run("softhsm2-util", "--delete-token", "--token", tokenLabel);
        }
    }

    @Test
    void signsWithTheDemoKeyImportedIntoASoftHsmToken() throws Exception {
        assumeTrue(Files.isReadable(LIBRARY) && onPath("softhsm2-util"),
            "SoftHSM2 is not installed (apt-get install -y softhsm2): PKCS#11 test skipped");
        DemoPki pki = TestPki.get();
        tokenLabel = "sogoc-test-" + UUID.randomUUID().toString().substring(0, 8);
        String out = run("softhsm2-util", "--init-token", "--free", "--label", tokenLabel, "--pin", PIN, "--so-pin", "87654321");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assertThat(slot.find()).as(out).isTrue();
        Pkcs11Settings settings = new Pkcs11Settings(LIBRARY, Long.parseLong(slot.group(1)), PIN.toCharArray(), "org",
            List.of(pki.home().resolve("certs/issuing-ca.der")),
            List.of(pki.home().resolve("crl/issuing-ca.crl"), pki.home().resolve("crl/root-ca.crl")));

        // import the demo organisation key (with its own certificate only) into the token
        Pkcs12KeyEntry demoKey = Pkcs12KeyEntry.load(pki.home().resolve("keystores/organisation.p12"),
            DemoPki.KEYSTORE_PASSWORD.toCharArray(), DemoPki.ORGANISATION_ALIAS);
        Provider importer = Pkcs11KeyMaterial.provider(settings, "SoGocImport");
        try {
            KeyStore token = KeyStore.getInstance("PKCS11", importer);
            token.load(null, PIN.toCharArray());
            token.setKeyEntry("org", demoKey.privateKey(), null, new Certificate[] {demoKey.certificate()});
        } finally {
            Security.removeProvider(importer.getName());
        }

        SigningKeyMaterial material = Pkcs11KeyMaterial.load(settings);
        assertThat(material.certificate()).isEqualTo(demoKey.certificate());
        assertThat(material.chain()).hasSize(2);
        ITextPadesSigner signer = new ITextPadesSigner(material,
            TsaClientFactory.shared(pki.newTsaClient(Clock.systemUTC())), Clock.systemUTC());
        Path signed = dir.resolve("hsm.pdf");
        signer.sign(PdfA2bFixture.write(dir.resolve("in.pdf")), signed,
            new SignatureRequest("BẢN SAO", TestPki.ORGANISATION, "Bản sao (khóa trên HSM)", SignatureLevel.B_LT));

        assertThat(DssValidation.validate(signed, pki.rootCertificateFile())).singleElement().satisfies(o -> {
            assertThat(o.indication()).as(o.toString()).isEqualTo("TOTAL_PASSED");
            assertThat(o.format()).isEqualTo("PAdES-BASELINE-LT");
        });
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
