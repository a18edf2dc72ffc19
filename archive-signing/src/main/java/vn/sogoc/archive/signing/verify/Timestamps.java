package vn.sogoc.archive.signing.verify;

import com.itextpdf.signatures.PdfPKCS7;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The signature timestamp (RFC 3161, unsigned attribute of the CMS signer info): its imprint matches the
 * signature value, the token is signed by the TSA certificate it names, and that certificate chains to a
 * trust anchor and is not revoked at the timestamp's time.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** Adds findings; returns the timestamp's time when the timestamp is intact, else null. */
    static Instant check(PdfPKCS7 p7, byte[] cms, CertificatePaths paths, PdfSignatureVerifier.DocumentSecurityStore dss,
                         List<Finding> findings) {
        if (p7.getTimeStampDate() == null || p7.getTimeStampTokenInfo() == null) {
            findings.add(Finding.indeterminate("NO_TIMESTAMP", "Chữ ký không có dấu thời gian (RFC 3161)",
                "The signature has no RFC 3161 timestamp"));
            return null;
        }
        try {
            if (!p7.verifyTimestampImprint()) {
                findings.add(Finding.failed("TIMESTAMP_MISMATCH", "Dấu thời gian không khớp với chữ ký",
                    "The timestamp does not cover this signature"));
                return null;
            }
            TimeStampToken token = token(cms);
            X509Certificate tsa = tsaCertificate(token);
            if (tsa == null) {
                findings.add(Finding.indeterminate("TIMESTAMP_NO_CERT", "Dấu thời gian không kèm chứng thư của TSA",
                    "The timestamp does not carry its TSA certificate"));
                return null;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            findings.add(Finding.passed("TIMESTAMP_INTACT", "Dấu thời gian hợp lệ: " + time, "Timestamp intact: " + time));
            Collection<X509Certificate> pool = new LinkedHashSet<>(dss.certificates());
            for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
                pool.add(new JcaX509CertificateConverter().getCertificate(holder));
            }
            Collection<CRL> crls = new ArrayList<>(dss.crls());
            if (p7.getCRLs() != null) {
                crls.addAll(p7.getCRLs());
            }
            findings.addAll(paths.check(tsa, pool, crls, time, "dấu thời gian", "timestamp"));
            return time;
        } catch (GeneralSecurityException | IOException | CMSException | TSPException | OperatorCreationException
                 | RuntimeException e) {
            findings.add(Finding.failed("TIMESTAMP_INVALID", "Dấu thời gian không hợp lệ: " + e.getMessage(),
                "The timestamp is not valid: " + e.getMessage()));
            return null;
        }
    }

    private static TimeStampToken token(byte[] cms) throws IOException, CMSException, TSPException {
        CMSSignedData signed = new CMSSignedData(cms);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            throw new TSPException("no timestamp token attribute");
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        return new TimeStampToken(new CMSSignedData(value.toASN1Primitive().getEncoded()));
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate tsaCertificate(TimeStampToken token) throws GeneralSecurityException {
        org.bouncycastle.util.Selector<X509CertificateHolder> sid = (org.bouncycastle.util.Selector<X509CertificateHolder>) (Object) token.getSID();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(sid)) {
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
        return null;
    }
}
