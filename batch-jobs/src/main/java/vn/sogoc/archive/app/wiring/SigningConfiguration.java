package vn.sogoc.archive.app.wiring;

import java.io.IOException;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.key.KeystoreSettings;
import vn.sogoc.archive.signing.setup.SignerSetup;

/**
 * The organisation's signer: the labelled demo PKI under {@code home/pki} with its in-process timestamp
 * authority by default, or a PKCS#12 keystore, CRLs and a TSA URL in production.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    DocumentSigner documentSigner(ArchiveProperties properties) throws IOException {
        ArchiveProperties.Signing s = properties.signing();
        if (s.demo()) return SignerSetup.demo(properties.pkiDir(), properties.organisation());
        if (s.keystore() == null) throw new IllegalStateException("archive.signing.keystore is required when archive.signing.demo=false");
        KeystoreSettings keystore = new KeystoreSettings(s.keystore(),
                s.keystorePassword() == null ? new char[0] : s.keystorePassword().toCharArray(), s.alias(),
                s.crl() == null ? List.of() : s.crl());
        return SignerSetup.production(keystore, s.tsaUrl(), s.tsaUser(), s.tsaPassword());
    }
}
