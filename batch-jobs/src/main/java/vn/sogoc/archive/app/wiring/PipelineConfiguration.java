package vn.sogoc.archive.app.wiring;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.capture.ScanReader;
import vn.sogoc.archive.capture.config.CaptureSettings;
import vn.sogoc.archive.capture.intake.DefaultScanReader;
import vn.sogoc.archive.classify.CatalogResultClassifier;
import vn.sogoc.archive.classify.MetadataExtractor;
import vn.sogoc.archive.classify.PrintedFormExtractor;
import vn.sogoc.archive.classify.ResultClassifier;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.digitize.DigitizationSettings;
import vn.sogoc.archive.digitize.ScanDigitizer;
import vn.sogoc.archive.pdf.SearchablePdfWriter;
import vn.sogoc.archive.pdf.pdfbox.PdfBoxSearchablePdfWriter;
import vn.sogoc.archive.register.RegisterLookup;
import vn.sogoc.archive.register.RegisterMatcher;
import vn.sogoc.archive.register.match.FuzzyRegisterMatcher;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.storage.ObjectStore;

/** The document pipeline's adapters (capture, OCR, PDF/A, classification, matching) and the digitizer. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    CaptureSettings captureSettings(ArchiveProperties properties) {
        return CaptureSettings.defaults().withLanguage(properties.ocr().language())
                .withTessdata(Path.of(properties.ocr().datapath()));
    }

    @Bean
    ScanReader scanReader(CaptureSettings settings) {
        return new DefaultScanReader(settings);
    }

    @Bean(destroyMethod = "close")
    ThreadLocalRecognizers pageRecognizers(CaptureSettings settings) {
        return new ThreadLocalRecognizers(settings);
    }

    @Bean
    SearchablePdfWriter searchablePdfWriter() {
        return new PdfBoxSearchablePdfWriter();
    }

    @Bean
    ResultClassifier resultClassifier(ResultTypeCatalog catalog) {
        return new CatalogResultClassifier(catalog);
    }

    @Bean
    MetadataExtractor metadataExtractor(ResultTypeCatalog catalog) {
        return new PrintedFormExtractor(catalog);
    }

    @Bean
    RegisterMatcher registerMatcher(RegisterLookup register) {
        return new FuzzyRegisterMatcher(register);
    }

    @Bean
    ScanDigitizer scanDigitizer(ScanReader reader, ThreadLocalRecognizers recognizers, SearchablePdfWriter pdfWriter,
                                ResultClassifier classifier, MetadataExtractor extractor, RegisterMatcher matcher,
                                RegisterLookup register, DocumentSigner signer, ObjectStore store,
                                ArchiveProperties properties) {
        ArchiveProperties.Digitize d = properties.digitize();
        return new ScanDigitizer(reader, recognizers, pdfWriter, classifier, extractor, matcher, register, signer, store,
                new DigitizationSettings(properties.organisation(), d.signatureLabel(), d.signatureLevel(), d.maxPages()),
                properties.workDir());
    }
}
