package vn.sogoc.archive.pdf.pdfbox;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, as an independent judge of PDF/A conformance. */
final class PdfAValidation {

    /** The flavour a file claims and the rules it breaks ("clause: message"), none when compliant. */
    record Report(PDFAFlavour flavour, boolean compliant, List<String> failures) { }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() { }

    static Report validate(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
            PDFAFlavour flavour = parser.getFlavour();
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                    .distinct().toList();
            return new Report(flavour, result.isCompliant(), failures);
        }
    }
}
