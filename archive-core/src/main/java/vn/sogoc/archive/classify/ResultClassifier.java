package vn.sogoc.archive.classify;

/** Decides which result type a document's text is (port; the catalog-driven one lives beside it). */
public interface ResultClassifier {

    Classification classify(String text);
}
