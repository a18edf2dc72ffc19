package vn.sogoc.archive.signing.pkcs11;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.signatures.PrivateKeySignature;
import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.sogoc.archive.signing.key.CrlFiles;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.verify.PdfSignatureVerifier;

/**
 * The organisation's key on a PKCS#11 token or HSM (SunPKCS11, as agencies' USB tokens and HSMs are
 * used), as {@link SigningKeyMaterial}: the private key never leaves the token; signing calls go to it
 * through the provider. Next to {@link SigningKeyMaterial#fromPkcs12} for software keys.
 */
public final class Pkcs11KeyMaterial {

    private Pkcs11KeyMaterial() {
    }

    /** A SunPKCS11 provider for these settings, added to the JVM's providers under a unique name. */
    public static Provider provider(Pkcs11Settings settings, String name) throws IOException {
        if (!Files.isReadable(settings.library())) {
            throw new IOException("PKCS#11 library not found or not readable: " + settings.library());
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IOException("the JDK has no SunPKCS11 provider");
        }
        Provider provider = base.configure("--" + settings.sunPkcs11Config(name));
        Security.addProvider(provider);
        return provider;
    }

    /** Logs in to the token and returns its key, the chain (token or files) and the CRLs from files. */
    public static SigningKeyMaterial load(Pkcs11Settings settings) throws IOException {
        Provider provider = provider(settings, "SoGoc-" + Long.toHexString(System.nanoTime()));
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, settings.pin());
            String alias = settings.alias() != null ? settings.alias() : onlyKeyAlias(ks);
            if (!(ks.getKey(alias, null) instanceof PrivateKey key)) {
                throw new IOException("no private key with alias '" + alias + "' on the PKCS#11 token (slot " + settings.slot() + ")");
            }
            List<X509Certificate> chain = new ArrayList<>();
            Certificate[] onToken = ks.getCertificateChain(alias);
            if (onToken != null) {
                for (Certificate c : onToken) {
                    chain.add((X509Certificate) c);
                }
            }
            if (chain.isEmpty()) {
                throw new IOException("no certificate for key '" + alias + "' on the PKCS#11 token");
            }
            for (X509Certificate extra : PdfSignatureVerifier.readCertificates(settings.chainFiles())) {
                if (!chain.contains(extra)) {
                    chain.add(extra);
                }
            }
            return new SigningKeyMaterial(new PrivateKeySignature(key, DigestAlgorithms.SHA256, provider.getName()),
                chain, CrlFiles.read(settings.crlFiles()));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the PKCS#11 token (" + settings + "): " + e.getMessage(), e);
        }
    }

    private static String onlyKeyAlias(KeyStore ks) throws GeneralSecurityException, IOException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new IOException("name the key alias: the PKCS#11 token holds " + keys.size() + " key entries " + keys);
        }
        return keys.get(0);
    }
}
