package vn.sogoc.archive.signing.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

class CmsDetachedSignerTest {

    @TempDir
    static Path home;
    @TempDir
    static Path otherHome;

    static DemoPki pki;
    static DemoPki other;

    @BeforeAll
    static void pki() throws Exception {
        pki = DemoPki.openOrCreate(home);
        other = DemoPki.openOrCreate(otherHome);
    }

    private static byte[] sign(byte[] content) throws Exception {
        return new CmsDetachedSigner(pki.signingKeyMaterial(),
                TsaClientFactory.shared(pki.newTsaClient(Clock.systemUTC()))).sign(content);
    }

    @Test
    void signatureWithTimestampVerifiesAgainstTheDemoRoot() throws Exception {
        byte[] content = "{\"last_seq\":42}".getBytes(StandardCharsets.UTF_8);
        CmsVerification v = CmsDetachedVerifier.verify(content, sign(content), List.of(pki.rootCertificate()));
        assertTrue(v.valid(), v.problems().toString());
        assertNotNull(v.timestampTime(), "CAdES-T: a timestamp is expected");
        assertNotNull(v.signingTime());
        assertTrue(v.signer().contains("DEMO"), v.signer());
    }

    @Test
    void alteredContentIsCaught() throws Exception {
        byte[] content = "{\"last_seq\":42}".getBytes(StandardCharsets.UTF_8);
        byte[] p7s = sign(content);
        byte[] altered = "{\"last_seq\":43}".getBytes(StandardCharsets.UTF_8);
        CmsVerification v = CmsDetachedVerifier.verify(altered, p7s, List.of(pki.rootCertificate()));
        assertFalse(v.valid());
        assertTrue(v.problems().stream().anyMatch(p -> p.contains("altered")), v.problems().toString());
    }

    @Test
    void aForeignTrustAnchorDoesNotTrustIt() throws Exception {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        CmsVerification v = CmsDetachedVerifier.verify(content, sign(content), List.of(other.rootCertificate()));
        assertFalse(v.valid());
        assertTrue(v.problems().stream().anyMatch(p -> p.contains("not trusted")), v.problems().toString());
    }

    @Test
    void withoutTimestampAuthorityItIsCadesBes() throws Exception {
        byte[] content = "y".getBytes(StandardCharsets.UTF_8);
        byte[] p7s = new CmsDetachedSigner(pki.signingKeyMaterial(), null).sign(content);
        CmsVerification v = CmsDetachedVerifier.verify(content, p7s, List.of(pki.rootCertificate()));
        assertTrue(v.valid(), v.problems().toString());
        assertEquals(null, v.timestampTime());
    }
}
