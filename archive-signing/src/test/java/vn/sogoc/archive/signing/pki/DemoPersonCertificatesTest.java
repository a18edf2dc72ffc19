package vn.sogoc.archive.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.setup.SignerSetup;
import vn.sogoc.archive.signing.support.DssValidation;
import vn.sogoc.archive.signing.support.DssValidation.Outcome;
import vn.sogoc.archive.signing.support.PdfA2bFixture;

/** Personal demo certificates chain to the demo root, are reused, and sign alongside the organisation. */
class DemoPersonCertificatesTest {

    @TempDir
    static Path home;
    static DemoPki pki;
    static DemoPersonCertificates persons;

    @BeforeAll
    static void create() throws Exception {
        pki = DemoPki.openOrCreate(home, "Sở Tư pháp DEMO");
        persons = new DemoPersonCertificates(pki);
    }

    @Test
    void issuesOncePerPersonUnderTheDemoRoot() throws Exception {
        List<X509Certificate> chain = persons.keyMaterial("Nguyễn Thị Lan", "Phó Trưởng phòng").chain();
        List<X509Certificate> again = new DemoPersonCertificates(pki).keyMaterial("Nguyễn Thị Lan", "Phó Trưởng phòng").chain();
        List<X509Certificate> other = persons.keyMaterial("Trần Văn Bình", "Chuyên viên").chain();

        assertThat(again).isEqualTo(chain);
        assertThat(other.get(0)).isNotEqualTo(chain.get(0));
        assertThat(chain).hasSize(3);
        assertThat(chain.get(2)).isEqualTo(pki.rootCertificate());
        chain.get(0).verify(chain.get(1).getPublicKey());
        chain.get(1).verify(pki.rootCertificate().getPublicKey());
        String subject = org.bouncycastle.asn1.x500.X500Name.getInstance(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE,
            chain.get(0).getSubjectX500Principal().getEncoded()).toString();
        assertThat(subject).contains("Nguyễn Thị Lan").contains("Phó Trưởng phòng").contains(DemoPki.DEMO_MARK);
        assertThat(chain.get(0).getKeyUsage()[1]).as("nonRepudiation").isTrue();
        try (var files = Files.list(home.resolve("persons"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".p12")).count()).isEqualTo(2);
        }
    }

    @Test
    void personThenOrganisationSignaturesBothPassEuDss() throws Exception {
        Path unsigned = PdfA2bFixture.write(home.resolve("unsigned.pdf"));
        Path personSigned = home.resolve("person.pdf");
        Path both = home.resolve("both.pdf");
        persons.signer("Nguyễn Thị Lan", "Phó Trưởng phòng").sign(unsigned, personSigned,
            new SignatureRequest("Nguyễn Thị Lan", "Phó Trưởng phòng", "Chứng thực", SignatureLevel.B_LT));
        SignerSetup.demo(home, "ignored").sign(personSigned, both,
            new SignatureRequest("BẢN SAO", "Sở Tư pháp DEMO", "Chứng thực", SignatureLevel.B_LT));

        List<Outcome> outcomes = DssValidation.validate(both, pki.rootCertificateFile());

        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o.indication()).as(o.toString()).isEqualTo("TOTAL_PASSED"));
    }
}
