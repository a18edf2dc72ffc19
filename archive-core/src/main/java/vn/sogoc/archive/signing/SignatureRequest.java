package vn.sogoc.archive.signing;

/**
 * What to sign and how the signature looks.
 *
 * @param label        the words shown in the appearance, e.g. "SAO Y" or "BẢN SAO"
 * @param organisation the signing organisation's name shown under the label
 * @param reason       the signature's reason entry
 * @param level        the PAdES level wanted; the signer may fall back to a lower one only if configured to
 */
public record SignatureRequest(String label, String organisation, String reason, SignatureLevel level) { }
