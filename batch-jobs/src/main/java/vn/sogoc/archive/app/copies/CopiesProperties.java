package vn.sogoc.archive.app.copies;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.sogoc.archive.signing.SignatureLevel;

/**
 * Settings of certified copies from the master register ({@code archive.copies.*}).
 *
 * @param book           the copy register's book (quyển số), numbers restart at 1 per book and year
 * @param symbol         the register's type code printed after the book, e.g. {@code SCTĐT/BS}
 * @param label          the words of the signature appearance at the top right of page 1
 * @param signatureLevel PAdES level of copies: B_LT embeds the CRLs (demo PKI), B_T needs only a TSA
 * @param verifyBaseUrl  where a copy's verification page is; the QR code holds {@code verifyBaseUrl/CODE}
 * @param trustAnchors   certificates the verifier trusts; empty means the demo root ({@code home/pki/root-ca.pem})
 * @param procedureCode  the national procedure code printed on the copy (Cấp bản sao từ sổ gốc)
 * @param legalBasis     the legal basis printed on the certification block (kept in configuration, not code)
 */
@ConfigurationProperties("archive.copies")
public record CopiesProperties(@DefaultValue("01") String book, @DefaultValue("SCTĐT/BS") String symbol,
                               @DefaultValue("BẢN SAO") String label,
                               @DefaultValue("B_LT") SignatureLevel signatureLevel,
                               @DefaultValue("http://127.0.0.1:8080/verify") String verifyBaseUrl,
                               List<Path> trustAnchors,
                               @DefaultValue("2.000908") String procedureCode,
                               @DefaultValue("Nghị định 23/2015/NĐ-CP; Nghị định 45/2020/NĐ-CP") String legalBasis) {

    public CopiesProperties {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    /** The verification URL of a copy. */
    public String verifyUrl(String code) {
        String base = verifyBaseUrl.endsWith("/") ? verifyBaseUrl.substring(0, verifyBaseUrl.length() - 1) : verifyBaseUrl;
        return base + "/" + code;
    }
}
