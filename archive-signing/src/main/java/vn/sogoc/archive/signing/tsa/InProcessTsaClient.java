package vn.sogoc.archive.signing.tsa;

import com.itextpdf.signatures.ITSAClient;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;

/**
 * An RFC 3161 timestamp authority inside the JVM, for the demo and tests: BouncyCastle's
 * {@link TimeStampResponseGenerator} signs SHA-256 imprints with the TSA key (whose certificate must carry
 * the timeStamping extended key usage, critical and alone). BouncyCastle's generator is not thread-safe,
 * so token generation is serialized; one instance can be shared by all signing threads.
 */
public final class InProcessTsaClient implements ITSAClient {

    /** The policy the demo TSA claims: an OID under the ITU-T/ISO "example" arc 2.999, never a real policy. */
    public static final String DEMO_POLICY_OID = "2.999.84.1";

    private static final int TOKEN_SIZE_ESTIMATE = 8192;

    private final TimeStampResponseGenerator generator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A TSA signing with {@code entry}'s key, stamping times from {@code clock}. */
    public InProcessTsaClient(Pkcs12KeyEntry entry, Clock clock) throws IOException {
        this.clock = clock;
        this.generator = responseGenerator(entry, "in-process");
    }

    /**
     * A BouncyCastle TSA answering with {@code entry}'s key and chain (root left out), SHA-256, the demo
     * policy; {@code which} names the TSA in the error. Not thread-safe: one per thread, or synchronise.
     */
    static TimeStampResponseGenerator responseGenerator(Pkcs12KeyEntry entry, String which) throws IOException {
        X509Certificate cert = entry.certificate();
        try {
            String algorithm = "EC".equals(entry.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            var signerInfo = new JcaSimpleSignerInfoGeneratorBuilder().build(algorithm, entry.privateKey(), cert);
            var sha256 = new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            var tokens = new TimeStampTokenGenerator(signerInfo, sha256, new ASN1ObjectIdentifier(DEMO_POLICY_OID));
            List<X509Certificate> withoutRoot = entry.chain().subList(0, Math.max(1, entry.chain().size() - 1));
            tokens.addCertificates(new JcaCertStore(withoutRoot));
            return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
            throw new IOException("cannot set up the " + which + " TSA: " + e.getMessage(), e);
        }
    }

    @Override
    public int getTokenSizeEstimate() {
        return TOKEN_SIZE_ESTIMATE;
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256");
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws IOException, TSPException {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        BigInteger nonce = new BigInteger(64, random);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, imprint, nonce);
        TimeStampResponse response;
        synchronized (generator) {
            BigInteger serial = new BigInteger(96, random);
            response = generator.generate(request, serial, Date.from(clock.instant()));
        }
        response.validate(request);
        if (response.getTimeStampToken() == null) {
            throw new TSPException("in-process TSA refused: " + response.getStatusString());
        }
        return response.getTimeStampToken().getEncoded();
    }
}
