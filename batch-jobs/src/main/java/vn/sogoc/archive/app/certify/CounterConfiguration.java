package vn.sogoc.archive.app.certify;

import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.capture.ScanReader;
import vn.sogoc.archive.digitize.DocumentDigitizer;
import vn.sogoc.archive.ocr.PageRecognizer;
import vn.sogoc.archive.pdf.SearchablePdfWriter;

/** The counter's "digitize one document" piece, on the pipeline's own reader, recognizers and PDF/A writer. */
@Configuration(proxyBeanMethods = false)
class CounterConfiguration {

    @Bean
    DocumentDigitizer documentDigitizer(ScanReader reader, Supplier<PageRecognizer> recognizers,
                                        SearchablePdfWriter pdfWriter) {
        return new DocumentDigitizer(reader, recognizers, pdfWriter);
    }
}
