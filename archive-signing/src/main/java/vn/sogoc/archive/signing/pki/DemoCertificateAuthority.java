package vn.sogoc.archive.signing.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the demo PKI's certificates and CRL with BouncyCastle: RSA 3072 keys, SHA256withRSA, no CRL
 * distribution points or AIA (a verifier finds the CRL in the signed PDF at B-LT, nowhere else).
 */
final class DemoCertificateAuthority {

    private static final int KEY_BITS = 3072;
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final SecureRandom random = new SecureRandom();
    private final Instant now;
    private final JcaX509ExtensionUtils extensions;

    DemoCertificateAuthority(Instant now) throws GeneralSecurityException {
        this.now = now;
        this.extensions = new JcaX509ExtensionUtils();
    }

    /** A certified key pair. */
    record Issued(KeyPair keys, X509Certificate certificate) { }

    KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(new RSAKeyGenParameterSpec(KEY_BITS, RSAKeyGenParameterSpec.F4), random);
        return generator.generateKeyPair();
    }

    static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, organisation)
            .addRDN(BCStyle.CN, commonName)
            .build();
    }

    Issued root(X500Name subject, Duration validity) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X509v3CertificateBuilder builder = builder(subject, subject, keys, validity);
        addCaExtensions(builder, keys, null, -1);
        return new Issued(keys, sign(builder, keys));
    }

    Issued subCa(Issued issuer, X500Name subject, Duration validity) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X509v3CertificateBuilder builder = builder(issuerName(issuer), subject, keys, validity);
        addCaExtensions(builder, keys, issuer, 0);
        return new Issued(keys, sign(builder, issuer.keys()));
    }

    /** An end-entity certificate for document signatures: digitalSignature + nonRepudiation. */
    Issued documentSigner(Issued issuer, X500Name subject, Duration validity) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X509v3CertificateBuilder builder = endEntity(issuer, subject, keys, validity,
            KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        return new Issued(keys, sign(builder, issuer.keys()));
    }

    /** A timestamp-authority certificate: timeStamping as the only, critical, extended key usage. */
    Issued timestampAuthority(Issued issuer, X500Name subject, Duration validity) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X509v3CertificateBuilder builder = endEntity(issuer, subject, keys, validity, KeyUsage.digitalSignature);
        try {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        return new Issued(keys, sign(builder, issuer.keys()));
    }

    /** An empty CRL from {@code issuer}, valid from a minute ago until {@code validity} from now. */
    X509CRL emptyCrl(Issued issuer, Duration validity) throws GeneralSecurityException {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate().getSubjectX500Principal(),
            Date.from(now.minusSeconds(60)));
        builder.setNextUpdate(Date.from(now.plus(validity)));
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(issuer.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.ONE));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(issuer.keys())));
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private X509v3CertificateBuilder endEntity(Issued issuer, X500Name subject, KeyPair keys, Duration validity,
                                               int keyUsage) throws GeneralSecurityException {
        X509v3CertificateBuilder builder = builder(issuerName(issuer), subject, keys, validity);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(issuer.certificate()));
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        return builder;
    }

    private void addCaExtensions(X509v3CertificateBuilder builder, KeyPair keys, Issued issuer, int pathLength)
        throws GeneralSecurityException {
        try {
            builder.addExtension(Extension.basicConstraints, true,
                pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(keys.getPublic()));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuer.certificate()));
            }
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Duration validity) {
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random).add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(validity)), subject, keys.getPublic());
    }

    private static X500Name issuerName(Issued issuer) {
        return X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
        throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKeys)));
    }

    private static ContentSigner signer(KeyPair keys) throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate());
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
