package vn.sogoc.archive.ocr;

/** A recognised word with its box in pixels of the page image (origin top-left) and confidence 0–100. */
public record OcrWord(String text, int x, int y, int width, int height, float confidence) { }
