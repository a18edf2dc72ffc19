package vn.sogoc.archive.app.certify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.sogoc.archive.signing.SignatureLevel;

/**
 * Settings of the one-stop counter ({@code archive.counter.*}): certification register, signatures of
 * certified copies and born-digital results, dossier intake. Legal wording lives here, not in code.
 *
 * @param certificationBook   the certification register's book (quyển số); numbers restart at 1 each year
 * @param certificationSymbol the register's type code printed after book and year, e.g. {@code SCTĐT/BS}
 * @param certifier           the certifying officer (người thực hiện chứng thực) when none is given: "NAME, TITLE"
 * @param statement           the certification statement printed on the last page of a certified copy
 * @param copyLabel           the label of the organisation's signature on a certified copy
 * @param resultLabel         the label of the organisation's signature on a born-digital result
 * @param signatureLevel      PAdES level of both signatures (B_LT: CRLs embedded, EU DSS passes offline)
 * @param maxPages            more pages than this in one original or component is refused
 */
@ConfigurationProperties("archive.counter")
public record CounterProperties(@DefaultValue("01") String certificationBook,
                                @DefaultValue("SCTĐT/BS") String certificationSymbol,
                                @DefaultValue("Nguyễn Thị Thu Hà (DEMO), Phó Trưởng phòng Tư pháp") String certifier,
                                @DefaultValue("Chứng thực bản sao đúng với bản chính") String statement,
                                @DefaultValue("BẢN SAO") String copyLabel,
                                @DefaultValue("KẾT QUẢ ĐIỆN TỬ") String resultLabel,
                                @DefaultValue("B_LT") SignatureLevel signatureLevel,
                                @DefaultValue("100") int maxPages) {
}
