package vn.sogoc.archive.signing.support;

import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.file.Path;
import java.util.List;

/** Validates a signed PDF with EU DSS as /work/shared/checks SigCheck does: the root as trust anchor, online sources. */
public final class DssValidation {

    /** One signature's outcome. */
    public record Outcome(String indication, String subIndication, String format, List<String> errors, List<String> warnings) {
        @Override
        public String toString() {
            return indication + " " + subIndication + " " + format + " errors=" + errors + " warnings=" + warnings;
        }
    }

    private DssValidation() {
    }

    public static List<Outcome> validate(Path pdf, Path trustAnchor) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(trustAnchor.toFile()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(new OnlineCRLSource());
        verifier.setOcspSource(new OnlineOCSPSource());
        verifier.setAIASource(new DefaultAIASource());
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport report = reports.getSimpleReport();
        return report.getSignatureIdList().stream().map(id -> new Outcome(
            String.valueOf(report.getIndication(id)), String.valueOf(report.getSubIndication(id)),
            String.valueOf(report.getSignatureFormat(id)),
            report.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList(),
            report.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList())).toList();
    }
}
