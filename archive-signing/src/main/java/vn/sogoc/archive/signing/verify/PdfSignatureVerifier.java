package vn.sogoc.archive.signing.verify;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Verifies every signature of a PDF offline, on its own terms: the signed bytes are intact and signed by
 * the certificate's key, the certificate chains to a configured trust anchor and is not revoked (CRLs
 * embedded in the signature or the document security store), and the RFC 3161 timestamp is intact,
 * covers this signature and comes from a trusted TSA. Thread-safe; reads the file, changes nothing.
 */
public final class PdfSignatureVerifier {

    private final CertificatePaths paths;
    private final Clock clock;

    /** A verifier trusting these anchors (e.g. the demo root, or the national root CA). */
    public PdfSignatureVerifier(List<X509Certificate> trustAnchors, Clock clock) {
        this.paths = new CertificatePaths(trustAnchors);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the trust anchors from certificate files (PEM or DER). */
    public static List<X509Certificate> readCertificates(List<Path> files) throws IOException {
        List<X509Certificate> certs = new ArrayList<>();
        for (Path file : files) {
            try (var in = java.nio.file.Files.newInputStream(file)) {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    certs.add((X509Certificate) c);
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot read certificate file " + file + ": " + e.getMessage(), e);
            }
        }
        return certs;
    }

    /**
     * One check per signature, in signing order. An unreadable file is reported as an {@link IOException}
     * whose message says why.
     */
    public List<SignatureCheck> verify(Path pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            SignatureUtil util = new SignatureUtil(document);
            DocumentSecurityStore dss = DocumentSecurityStore.read(document);
            List<SignatureCheck> checks = new ArrayList<>();
            for (String name : util.getSignatureNames()) {
                checks.add(check(util, name, dss));
            }
            return checks;
        } catch (ITextException e) {
            throw new IOException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    private SignatureCheck check(SignatureUtil util, String name, DocumentSecurityStore dss) {
        List<Finding> findings = new ArrayList<>();
        PdfPKCS7 p7;
        try {
            p7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            findings.add(Finding.failed("UNREADABLE_SIGNATURE", "Không đọc được chữ ký " + name + ": " + e.getMessage(),
                "Signature " + name + " cannot be read: " + e.getMessage()));
            return new SignatureCheck(name, null, null, null, "?", false, findings);
        }
        X509Certificate signer = p7.getSigningCertificate();
        Instant claimed = p7.getSignDate() == null ? null : p7.getSignDate().toInstant();
        boolean whole = util.signatureCoversWholeDocument(name);
        boolean intact = integrity(p7, findings);
        Instant tsTime = null;
        if (intact) {
            tsTime = Timestamps.check(p7, util.getSignature(name).getContents().getValueBytes(), paths, dss, findings);
        }
        Instant at = tsTime != null ? tsTime : clock.instant();
        Collection<X509Certificate> pool = new LinkedHashSet<>(dss.certificates());
        for (Certificate c : p7.getCertificates() == null ? new Certificate[0] : p7.getCertificates()) {
            pool.add((X509Certificate) c);
        }
        Collection<CRL> crls = new ArrayList<>(dss.crls());
        if (p7.getCRLs() != null) {
            crls.addAll(p7.getCRLs());
        }
        if (signer != null) {
            findings.addAll(paths.check(signer, pool, crls, at, "người ký", "signer"));
        }
        String level = tsTime == null ? "PAdES-BASELINE-B" : dss.hasRevocationData() ? "PAdES-BASELINE-LT" : "PAdES-BASELINE-T";
        return new SignatureCheck(name, signer == null ? null : signer.getSubjectX500Principal().getName(), claimed, tsTime,
            level, whole, findings);
    }

    private static boolean integrity(PdfPKCS7 p7, List<Finding> findings) {
        try {
            if (p7.verifySignatureIntegrityAndAuthenticity()) {
                findings.add(Finding.passed("INTACT", "Nội dung đã ký còn nguyên vẹn, chữ ký khớp khóa của chứng thư",
                    "The signed content is intact and the signature matches the certificate's key"));
                return true;
            }
            findings.add(Finding.failed("MODIFIED", "Nội dung đã ký bị thay đổi sau khi ký (chữ ký không khớp)",
                "The signed content was changed after signing (the signature does not match)"));
        } catch (GeneralSecurityException | RuntimeException e) {
            findings.add(Finding.failed("MODIFIED", "Không xác minh được tính toàn vẹn của chữ ký: " + e.getMessage(),
                "The signature's integrity cannot be verified: " + e.getMessage()));
        }
        return false;
    }

    /** The document security store (/DSS): certificates and CRLs added for long-term validation. */
    record DocumentSecurityStore(List<X509Certificate> certificates, List<CRL> crls) {

        static DocumentSecurityStore read(PdfDocument document) {
            PdfDictionary dss = document.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
            List<X509Certificate> certs = new ArrayList<>();
            List<CRL> crls = new ArrayList<>();
            if (dss != null) {
                try {
                    CertificateFactory factory = CertificateFactory.getInstance("X.509");
                    for (byte[] bytes : streams(dss.getAsArray(PdfName.Certs))) {
                        certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(bytes)));
                    }
                    for (byte[] bytes : streams(dss.getAsArray(PdfName.CRLs))) {
                        crls.add(factory.generateCRL(new ByteArrayInputStream(bytes)));
                    }
                } catch (GeneralSecurityException e) {
                    // an unreadable entry adds nothing; the checks that need it report what is missing
                }
            }
            return new DocumentSecurityStore(List.copyOf(certs), List.copyOf(crls));
        }

        boolean hasRevocationData() {
            return !crls.isEmpty();
        }

        private static List<byte[]> streams(PdfArray array) {
            List<byte[]> out = new ArrayList<>();
            if (array != null) {
                for (int i = 0; i < array.size(); i++) {
                    PdfStream stream = array.getAsStream(i);
                    if (stream != null) {
                        out.add(stream.getBytes());
                    }
                }
            }
            return out;
        }
    }
}
