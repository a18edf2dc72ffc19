package vn.sogoc.archive.signing.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

/** Reads X.509 CRL files (DER or PEM). */
public final class CrlFiles {

    private CrlFiles() {
    }

    /** Reads each file as one CRL. */
    public static List<X509CRL> read(List<Path> files) throws IOException {
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : files) {
            crls.add(read(file));
        }
        return List.copyOf(crls);
    }

    /** Reads one CRL file. */
    public static X509CRL read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (CertificateException | CRLException e) {
            throw new IOException("cannot read CRL " + file + ": " + e.getMessage(), e);
        }
    }
}
