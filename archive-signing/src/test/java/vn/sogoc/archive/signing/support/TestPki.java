package vn.sogoc.archive.signing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.sogoc.archive.signing.pki.DemoPki;

/** One demo PKI for all tests of a run (RSA 3072 key generation takes seconds), under target/. */
public final class TestPki {

    public static final String ORGANISATION = "Ủy ban nhân dân phường Bến Thành";
    private static final Path HOME = Path.of("target", "test-demo-pki");
    private static DemoPki pki;

    private TestPki() {
    }

    public static synchronized DemoPki get() {
        if (pki == null) {
            try {
                pki = DemoPki.openOrCreate(HOME, ORGANISATION);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pki;
    }
}
