package vn.sogoc.archive.app.holders;

import org.springframework.stereotype.Component;

import vn.sogoc.archive.classify.Classification;
import vn.sogoc.archive.classify.MetadataExtractor;
import vn.sogoc.archive.classify.ResultClassifier;
import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;

/**
 * Names a paper document from its text, for registers that need a title the clerk did not type: the result
 * type and number when the classifier knows the type, otherwise the first line of text.
 */
@Component
public class DocumentTitles {

    private static final int MAX = 120;

    private final ResultClassifier classifier;
    private final MetadataExtractor extractor;
    private final ResultTypeCatalog types;

    public DocumentTitles(ResultClassifier classifier, MetadataExtractor extractor, ResultTypeCatalog types) {
        this.classifier = classifier;
        this.extractor = extractor;
        this.types = types;
    }

    /** A title for a document with this text (never null). */
    public String title(String text) {
        if (text == null || text.isBlank()) return "Giấy tờ không rõ tiêu đề / untitled document";
        Classification type = classifier.classify(text);
        if (type.isKnown()) {
            String name = types.find(type.typeCode()).map(ResultType::titleVi).orElse(type.typeCode());
            String number = extractor.extract(text, type.typeCode()).number();
            return number == null ? name : name + " số " + number;
        }
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.length() >= 4) return t.length() > MAX ? t.substring(0, MAX) : t;
        }
        return "Giấy tờ không rõ tiêu đề / untitled document";
    }
}
