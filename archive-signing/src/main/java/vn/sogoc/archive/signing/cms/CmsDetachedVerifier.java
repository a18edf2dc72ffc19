package vn.sogoc.archive.signing.cms;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * Verifies detached CMS signatures made by {@link CmsDetachedSigner}: the signature over the content,
 * the signer's chain up to one of the given trust anchors (validity checked at the timestamp's time,
 * else now; revocation is not checked here), and the RFC 3161 timestamp: its own signature, its chain,
 * and that it stamps this very signature value.
 */
public final class CmsDetachedVerifier {

    private CmsDetachedVerifier() { }

    public static CmsVerification verify(byte[] content, byte[] p7s, Collection<X509Certificate> trustAnchors) {
        List<String> problems = new ArrayList<>();
        String signer = null;
        Instant signingTime = null;
        Instant timestampTime = null;
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), p7s);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                problems.add("expected one signer, found " + signers.size());
                return new CmsVerification(null, null, null, problems);
            }
            SignerInformation info = signers.iterator().next();
            X509CertificateHolder holder = first(signed.getCertificates().getMatches(selector(info)));
            if (holder == null) {
                problems.add("the signing certificate is not in the signature");
                return new CmsVerification(null, null, null, problems);
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            signer = cert.getSubjectX500Principal().getName();
            signingTime = signingTime(info.getSignedAttributes());
            boolean intact;
            try {
                intact = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                intact = false;
            }
            if (!intact) problems.add("the signature does not match the content (altered)");
            List<X509Certificate> pool = certificates(signed.getCertificates().getMatches(null));
            AttributeTable unsigned = info.getUnsignedAttributes();
            Attribute tsAttr = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (tsAttr != null) {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        tsAttr.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                timestampTime = token.getTimeStampInfo().getGenTime().toInstant();
                byte[] imprint = MessageDigest.getInstance("SHA-256").digest(info.getSignature());
                if (!Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                    problems.add("the timestamp does not cover this signature");
                }
                X509CertificateHolder tsaHolder = first(token.getCertificates().getMatches(token.getSID()));
                if (tsaHolder == null) {
                    problems.add("the timestamp carries no TSA certificate");
                } else {
                    token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaHolder));
                    List<X509Certificate> tsaPool = new ArrayList<>(pool);
                    tsaPool.addAll(certificates(token.getCertificates().getMatches(null)));
                    String chain = chainProblem(new JcaX509CertificateConverter().getCertificate(tsaHolder), tsaPool,
                            trustAnchors, Date.from(timestampTime));
                    if (chain != null) problems.add("timestamp authority: " + chain);
                }
            }
            Date at = Date.from(timestampTime != null ? timestampTime : Instant.now());
            String chain = chainProblem(cert, pool, trustAnchors, at);
            if (chain != null) problems.add("signer: " + chain);
        } catch (Exception e) {
            problems.add("unreadable or broken signature: " + e.getMessage());
        }
        return new CmsVerification(signer, signingTime, timestampTime, problems);
    }

    private static String chainProblem(X509Certificate cert, List<X509Certificate> pool,
                                       Collection<X509Certificate> anchors, Date at) {
        if (anchors.isEmpty()) return "no trust anchor configured";
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            for (X509Certificate a : anchors) trust.add(new TrustAnchor(a, null));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(cert);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trust, target);
            params.setRevocationEnabled(false);
            params.setDate(at);
            List<X509Certificate> all = new ArrayList<>(pool);
            all.add(cert);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
            CertPathBuilder.getInstance("PKIX").build(params);
            return null;
        } catch (Exception e) {
            return "not trusted (no valid chain to a trust anchor: " + e.getMessage() + ")";
        }
    }

    private static Instant signingTime(AttributeTable signedAttributes) {
        if (signedAttributes == null) return null;
        Attribute a = signedAttributes.get(CMSAttributes.signingTime);
        if (a == null) return null;
        try {
            var v = a.getAttrValues().getObjectAt(0).toASN1Primitive();
            if (v instanceof ASN1UTCTime utc) return utc.getAdjustedDate().toInstant();
            if (v instanceof ASN1GeneralizedTime gt) return gt.getDate().toInstant();
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Selector<X509CertificateHolder> selector(SignerInformation info) {
        return (Selector) info.getSID();
    }

    private static X509CertificateHolder first(Collection<X509CertificateHolder> holders) {
        return holders.isEmpty() ? null : holders.iterator().next();
    }

    private static List<X509Certificate> certificates(Collection<X509CertificateHolder> holders) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder h : holders) {
            try {
                out.add(new JcaX509CertificateConverter().getCertificate(h));
            } catch (java.security.cert.CertificateException e) {
                throw new IOException(e);
            }
        }
        return out;
    }
}
