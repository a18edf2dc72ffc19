package vn.sogoc.archive.signing.verify;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CRL;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chains a certificate to the configured trust anchors (PKIX, JDK provider) with the certificates and
 * CRLs found in the document, first without revocation (is there a trusted path at all?), then checking
 * every certificate of that path against the CRLs at hand, at the given time. Offline: nothing is fetched.
 */
final class CertificatePaths {

    private final Set<TrustAnchor> anchors;

    CertificatePaths(List<X509Certificate> trustAnchors) {
        this.anchors = trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
    }

    /** Findings for the chain of {@code cert} ({@code role}: "chữ ký / signature" or "dấu thời gian / timestamp"). */
    List<Finding> check(X509Certificate cert, Collection<X509Certificate> pool, Collection<CRL> crls, Instant at,
                        String roleVi, String roleEn) {
        List<Finding> findings = new ArrayList<>();
        CertPath path;
        try {
            path = build(cert, pool, at);
        } catch (CertPathBuilderException e) {
            findings.add(Finding.indeterminate("NOT_TRUSTED",
                "Chứng thư " + roleVi + " không dẫn tới tổ chức chứng thực tin cậy (" + subject(cert) + ")",
                "The " + roleEn + " certificate is not trusted: no path to a configured trust anchor (" + subject(cert) + ")"));
            return findings;
        } catch (GeneralSecurityException e) {
            findings.add(Finding.indeterminate("CHAIN_ERROR", "Không kiểm tra được chuỗi chứng thư " + roleVi + ": " + e.getMessage(),
                "Cannot check the " + roleEn + " certificate chain: " + e.getMessage()));
            return findings;
        }
        findings.add(Finding.passed("TRUSTED", "Chứng thư " + roleVi + " dẫn tới tổ chức chứng thực tin cậy",
            "The " + roleEn + " certificate chains to a trust anchor"));
        try {
            PKIXParameters params = new PKIXParameters(anchors);
            params.setDate(Date.from(at));
            params.setRevocationEnabled(true);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
            CertPathValidator.getInstance("PKIX").validate(path, params);
            findings.add(Finding.passed("NOT_REVOKED", "Chứng thư " + roleVi + " chưa bị thu hồi (CRL kèm theo)",
                "The " + roleEn + " certificates are not revoked (embedded CRLs)"));
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                findings.add(Finding.failed("CERT_REVOKED", "Chứng thư " + roleVi + " đã bị thu hồi: " + e.getMessage(),
                    "The " + roleEn + " certificate is revoked: " + e.getMessage()));
            } else if (e.getReason() == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                findings.add(Finding.indeterminate("REVOCATION_UNKNOWN",
                    "Không xác định được tình trạng thu hồi của chứng thư " + roleVi + " (thiếu CRL)",
                    "The revocation status of the " + roleEn + " certificates is unknown (no CRL at hand)"));
            } else {
                findings.add(Finding.indeterminate("CHAIN_INVALID", "Chuỗi chứng thư " + roleVi + " không hợp lệ: " + e.getMessage(),
                    "The " + roleEn + " certificate chain is not valid: " + e.getMessage()));
            }
        } catch (GeneralSecurityException e) {
            findings.add(Finding.indeterminate("CHAIN_ERROR", "Không kiểm tra được chuỗi chứng thư " + roleVi + ": " + e.getMessage(),
                "Cannot check the " + roleEn + " certificate chain: " + e.getMessage()));
        }
        return findings;
    }

    private CertPath build(X509Certificate cert, Collection<X509Certificate> pool, Instant at)
        throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(cert);
        PKIXBuilderParameters params;
        try {
            params = new PKIXBuilderParameters(anchors, target);
        } catch (InvalidAlgorithmParameterException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
        List<X509Certificate> all = new ArrayList<>(pool);
        all.add(cert);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
        params.setRevocationEnabled(false);
        params.setDate(Date.from(at));
        return ((PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params)).getCertPath();
    }

    static String subject(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName();
    }
}
