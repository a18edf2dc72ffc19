package vn.sogoc.archive.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.itext.ITextPadesSigner;
import vn.sogoc.archive.signing.key.KeystoreSettings;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.pkcs11.Pkcs11KeyMaterial;
import vn.sogoc.archive.signing.pkcs11.Pkcs11Settings;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.setup.SignerSetup;
import vn.sogoc.archive.signing.tsa.LoopbackTsaServer;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/**
 * The organisation's signer: the labelled demo PKI under {@code home/pki} with its in-process timestamp
 * authority by default (or, with {@code archive.signing.demo-tsa=http}, the same TSA served over HTTP on
 * loopback), a key on a PKCS#11 token or HSM ({@code archive.signing.pkcs11.*}), or a PKCS#12 keystore,
 * CRLs and a TSA URL in production.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningConfiguration.Pkcs11Properties.class)
class SigningConfiguration {

    /**
     * A signing key on a PKCS#11 token ({@code archive.signing.pkcs11.*}): the vendor library, slot id, user
     * PIN, key alias, CA certificates completing the chain and CRL files for B-LT. Used when {@code library}
     * is set; the TSA is {@code archive.signing.tsa-url}, or the demo TSA with {@code archive.signing.demo=true}.
     */
    @ConfigurationProperties("archive.signing.pkcs11")
    record Pkcs11Properties(Path library, Long slot, String pin, String alias, List<Path> chain, List<Path> crl) { }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "archive.signing.demo-tsa", havingValue = "http")
    LoopbackTsaServer loopbackTsaServer(ArchiveProperties properties) throws IOException {
        DemoPki pki = DemoPki.openOrCreate(properties.pkiDir(), properties.organisation());
        Pkcs12KeyEntry tsa = Pkcs12KeyEntry.load(pki.home().resolve("keystores/tsa.p12"),
                DemoPki.KEYSTORE_PASSWORD.toCharArray(), DemoPki.TSA_ALIAS);
        return LoopbackTsaServer.start(tsa, Clock.systemUTC(), 0);
    }

    @Bean
    DocumentSigner documentSigner(ArchiveProperties properties, Pkcs11Properties pkcs11,
                                  ObjectProvider<LoopbackTsaServer> loopbackTsa,
                                  @Value("${archive.signing.demo-tsa:in-process}") String demoTsa) throws IOException {
        ArchiveProperties.Signing s = properties.signing();
        if (pkcs11.library() != null) return pkcs11Signer(properties, pkcs11);
        if (s.demo()) {
            if (!"http".equals(demoTsa) && s.tsaUrl() == null) return SignerSetup.demo(properties.pkiDir(), properties.organisation());
            DemoPki pki = DemoPki.openOrCreate(properties.pkiDir(), properties.organisation());
            String url = s.tsaUrl() != null ? s.tsaUrl() : loopbackTsa.getObject().url();
            return new ITextPadesSigner(pki.signingKeyMaterial(), TsaClientFactory.forUrl(url, s.tsaUser(), s.tsaPassword()),
                    Clock.systemUTC());
        }
        if (s.keystore() == null) throw new IllegalStateException("archive.signing.keystore is required when archive.signing.demo=false");
        KeystoreSettings keystore = new KeystoreSettings(s.keystore(),
                s.keystorePassword() == null ? new char[0] : s.keystorePassword().toCharArray(), s.alias(),
                s.crl() == null ? List.of() : s.crl());
        return SignerSetup.production(keystore, s.tsaUrl(), s.tsaUser(), s.tsaPassword());
    }

    private static DocumentSigner pkcs11Signer(ArchiveProperties properties, Pkcs11Properties p) throws IOException {
        SigningKeyMaterial key = Pkcs11KeyMaterial.load(new Pkcs11Settings(p.library(), p.slot() == null ? -1 : p.slot(),
                p.pin() == null ? new char[0] : p.pin().toCharArray(), p.alias(), p.chain(), p.crl()));
        ArchiveProperties.Signing s = properties.signing();
        TsaClientFactory tsa;
        if (s.tsaUrl() != null) {
            tsa = TsaClientFactory.forUrl(s.tsaUrl(), s.tsaUser(), s.tsaPassword());
        } else if (s.demo()) {
            tsa = TsaClientFactory.shared(DemoPki.openOrCreate(properties.pkiDir(), properties.organisation()).newTsaClient(Clock.systemUTC()));
        } else {
            tsa = null;
        }
        return new ITextPadesSigner(key, tsa, Clock.systemUTC());
    }
}
