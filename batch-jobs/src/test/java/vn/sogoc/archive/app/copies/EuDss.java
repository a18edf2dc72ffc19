package vn.sogoc.archive.app.copies;

import java.nio.file.Path;
import java.util.List;

import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

/** The independent validator: EU DSS 6.3 as /work/shared/checks' SigCheck runs it, the demo root as trust anchor. */
final class EuDss {

    record Outcome(String indication, String format, List<String> errors) { }

    private EuDss() { }

    static List<Outcome> validate(Path pdf, Path trustAnchor) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(trustAnchor.toFile()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(new OnlineCRLSource());
        verifier.setOcspSource(new OnlineOCSPSource());
        verifier.setAIASource(new DefaultAIASource());
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        return report.getSignatureIdList().stream().map(id -> new Outcome(String.valueOf(report.getIndication(id)),
                String.valueOf(report.getSignatureFormat(id)),
                report.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList())).toList();
    }
}
