package vn.sogoc.archive.signing.cms;

import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ITSAClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/**
 * Detached CMS (CAdES-BES, and CAdES-T when a timestamp authority is given) signatures over small
 * non-PDF documents, e.g. the audit trail's checkpoints: SHA-256, the signing-certificate-v2 attribute,
 * the whole chain, and an RFC 3161 timestamp over the signature value as an unsigned attribute.
 * The key stays behind iText's {@link IExternalSignature} (PKCS#12 or PKCS#11 alike). Thread-safe
 * when the timestamp clients the factory gives are.
 */
public final class CmsDetachedSigner {

    private final SigningKeyMaterial key;
    private final TsaClientFactory tsa;

    /** {@code tsa} may be null: the signature is then CAdES-BES without a timestamp. */
    public CmsDetachedSigner(SigningKeyMaterial key, TsaClientFactory tsa) {
        this.key = key;
        this.tsa = tsa;
    }

    /** The DER-encoded detached CMS SignedData over {@code content} (a {@code .p7s} file's bytes). */
    public byte[] sign(byte[] content) throws IOException {
        try {
            X509Certificate cert = key.certificate();
            String algorithm = "SHA256with" + ("ECDSA".equalsIgnoreCase(key.signature().getSignatureAlgorithmName())
                    || "EC".equalsIgnoreCase(key.signature().getSignatureAlgorithmName()) ? "ECDSA" : "RSA");
            ContentSigner signer = new ExternalContentSigner(key.signature(),
                    new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm));
            var digests = new JcaDigestCalculatorProviderBuilder().build();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            ASN1EncodableVector base = new ASN1EncodableVector();
            base.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certHash)))));
            CMSAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(base));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, new X509CertificateHolder(cert.getEncoded())));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (tsa != null) signed = withTimestamp(signed);
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | RuntimeOperatorException e) {
            throw new IOException("cannot sign (CMS): " + e.getMessage(), e);
        }
    }

    private CMSSignedData withTimestamp(CMSSignedData signed) throws IOException {
        SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
        ITSAClient client = tsa.newClient();
        byte[] token;
        try {
            byte[] imprint = client.getMessageDigest().digest(info.getSignature());
            token = client.getTimeStampToken(imprint);
        } catch (Exception e) {
            throw new IOException("the timestamp authority did not answer: " + e.getMessage(), e);
        }
        Hashtable<org.bouncycastle.asn1.ASN1ObjectIdentifier, Attribute> unsigned = new Hashtable<>();
        unsigned.put(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(info, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** BouncyCastle's {@link ContentSigner} over iText's external signature: collects the bytes, signs them once. */
    private static final class ExternalContentSigner implements ContentSigner {

        private final IExternalSignature signature;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ExternalContentSigner(IExternalSignature signature, AlgorithmIdentifier algorithm) {
            this.signature = signature;
            this.algorithm = algorithm;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            try {
                return signature.sign(buffer.toByteArray());
            } catch (GeneralSecurityException e) {
                throw new RuntimeOperatorException("signing failed: " + e.getMessage(), e);
            }
        }
    }
}
