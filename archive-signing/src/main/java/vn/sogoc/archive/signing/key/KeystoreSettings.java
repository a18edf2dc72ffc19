package vn.sogoc.archive.signing.key;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the production signing key lives: a PKCS#12 file, its password and alias, and CRL files
 * (the issuing CAs' current CRLs) to embed at B-LT.
 *
 * @param keystore the PKCS#12 file
 * @param password the keystore and key password
 * @param alias    the key entry's alias
 * @param crlFiles CRL files (DER or PEM); may be empty
 */
public record KeystoreSettings(Path keystore, char[] password, String alias, List<Path> crlFiles) {

    public KeystoreSettings {
        password = password.clone();
        crlFiles = List.copyOf(crlFiles);
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "KeystoreSettings[keystore=" + keystore + ", alias=" + alias + ", crlFiles=" + crlFiles + "]";
    }
}
