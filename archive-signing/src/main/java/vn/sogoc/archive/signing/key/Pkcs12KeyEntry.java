package vn.sogoc.archive.signing.key;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * A private key with its certificate chain (end entity first), read from or written to a PKCS#12 file.
 *
 * @param privateKey the key
 * @param chain      the certificate chain, end entity first, up to and including the root
 */
public record Pkcs12KeyEntry(PrivateKey privateKey, List<X509Certificate> chain) {

    public Pkcs12KeyEntry {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a key entry needs at least its own certificate");
        }
    }

    /** The end-entity certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Loads the entry {@code alias} from a PKCS#12 file; fails if the alias holds no key. */
    public static Pkcs12KeyEntry load(Path keystore, char[] password, String alias) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            if (!(ks.getKey(alias, password) instanceof PrivateKey key)) {
                throw new IOException("no private key under alias '" + alias + "' in " + keystore);
            }
            Certificate[] certs = ks.getCertificateChain(alias);
            if (certs == null || certs.length == 0) {
                throw new IOException("no certificate chain under alias '" + alias + "' in " + keystore);
            }
            return new Pkcs12KeyEntry(key, Arrays.stream(certs).map(X509Certificate.class::cast).toList());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read PKCS#12 keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** Writes this entry as the only entry of a new PKCS#12 file. */
    public void store(Path keystore, char[] password, String alias) throws IOException {
        try (OutputStream out = Files.newOutputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, privateKey, password, chain.toArray(new Certificate[0]));
            ks.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write PKCS#12 keystore " + keystore + ": " + e.getMessage(), e);
        }
    }
}
