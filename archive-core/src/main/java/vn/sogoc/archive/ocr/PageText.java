package vn.sogoc.archive.ocr;

import java.util.List;

/**
 * Text of one page: the full text in reading order, its words with boxes (for the invisible text
 * layer), and the engine's mean word confidence 0–100 (100 for text taken from a born-digital PDF).
 */
public record PageText(String text, List<OcrWord> words, double meanConfidence) {

    public static PageText empty() { return new PageText("", List.of(), 0); }

    public boolean isBlank() { return text == null || text.isBlank(); }
}
