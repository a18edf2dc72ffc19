package vn.sogoc.archive.signing.pkcs11;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a signing key on a PKCS#11 token or HSM is: the vendor's PKCS#11 library, the slot, the user PIN,
 * the key's alias (its CKA_LABEL), plus certificate files completing the chain when the token holds only
 * the signing certificate, and CRL files to embed at PAdES B-LT.
 *
 * @param library    the PKCS#11 module (e.g. {@code /usr/lib/softhsm/libsofthsm2.so})
 * @param slot       the slot id; negative to use {@code slotListIndex} 0
 * @param pin        the user PIN
 * @param alias      the key entry's alias on the token; null takes the only key entry
 * @param chainFiles certificates (PEM or DER) of the issuing CAs, used when the token has no chain
 * @param crlFiles   CRL files (DER or PEM); may be empty
 */
public record Pkcs11Settings(Path library, long slot, char[] pin, String alias, List<Path> chainFiles,
                             List<Path> crlFiles) {

    public Pkcs11Settings {
        pin = pin == null ? new char[0] : pin.clone();
        chainFiles = chainFiles == null ? List.of() : List.copyOf(chainFiles);
        crlFiles = crlFiles == null ? List.of() : List.copyOf(crlFiles);
    }

    @Override
    public char[] pin() {
        return pin.clone();
    }

    /** The SunPKCS11 configuration text for these settings. */
    public String sunPkcs11Config(String name) {
        return "name = " + name + "\nlibrary = " + library.toAbsolutePath() + "\n"
            + (slot >= 0 ? "slot = " + slot : "slotListIndex = 0") + "\n";
    }

    @Override
    public String toString() {
        return "Pkcs11Settings[library=" + library + ", slot=" + slot + ", alias=" + alias + "]";
    }
}
