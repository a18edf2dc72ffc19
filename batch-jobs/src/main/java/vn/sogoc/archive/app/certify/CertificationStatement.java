package vn.sogoc.archive.app.certify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certification statement (lời chứng) on the last page of a certified copy: the page is extended by a
 * band below the scanned image (the scan itself is neither covered nor scaled), in which the statement,
 * number, book and year, date and the certifying officer are written as real text in embedded Tinos
 * (metric-compatible with Times New Roman), so the copy stays PDF/A-2b and the statement is searchable.
 */
final class CertificationStatement {

    private static final String FONT = "/vn/sogoc/archive/signing/fonts/Tinos-Regular.ttf";
    private static final byte[] FONT_BYTES = readFont();
    private static final float SIZE = 10f;
    private static final float SMALL = 8f;
    private static final float LEADING = 13f;
    private static final float MARGIN = 36f;

    /** What the statement says. */
    record Facts(String organisation, String statement, int seq, String book, int year, String certificationNo,
                 LocalDate date, Signatory certifier) { }

    private CertificationStatement() { }

    /** The lines of the statement: Vietnamese, then a short English line. */
    static List<String> lines(Facts f) {
        return List.of(
                f.organisation(),
                f.statement().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "Số chứng thực: " + f.seq() + "    Quyển số: " + f.book() + "/" + f.year() + "    (" + f.certificationNo() + ")",
                "Ngày " + String.format("%02d", f.date().getDayOfMonth()) + " tháng " + String.format("%02d", f.date().getMonthValue())
                        + " năm " + f.date().getYear(),
                "Người thực hiện chứng thực: " + f.certifier() + " (đã ký số)");
    }

    static String english(Facts f) {
        return "Certified true copy of the original. Certification no. " + f.seq() + ", book " + f.book() + "/" + f.year()
                + ", " + f.date() + "; digitally signed by the certifying officer and by the organisation.";
    }

    /** Writes {@code in} with the statement on its last page to {@code out}. */
    static void stamp(Path in, Path out, Facts facts) throws IOException {
        try (PDDocument document = Loader.loadPDF(in.toFile())) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES), true);
            PDPage page = document.getPage(document.getNumberOfPages() - 1);
            PDRectangle box = page.getMediaBox();
            float width = box.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String line : lines(facts)) wrapped.addAll(wrap(font, line, SIZE, width));
            List<String> english = wrap(font, english(facts), SMALL, width);
            float band = (wrapped.size() + english.size()) * LEADING + 2 * MARGIN / 2 + 8;
            PDRectangle extended = new PDRectangle(box.getLowerLeftX(), box.getLowerLeftY() - band, box.getWidth(),
                    box.getHeight() + band);
            page.setMediaBox(extended);
            page.setCropBox(extended);
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.setStrokingColor(0f);
                cs.setLineWidth(0.5f);
                cs.moveTo(box.getLowerLeftX() + MARGIN, box.getLowerLeftY() - 4);
                cs.lineTo(box.getUpperRightX() - MARGIN, box.getLowerLeftY() - 4);
                cs.stroke();
                cs.setNonStrokingColor(0f);
                float y = box.getLowerLeftY() - 4 - LEADING;
                for (String line : wrapped) {
                    y = text(cs, font, line, SIZE, box.getLowerLeftX() + MARGIN, y);
                }
                for (String line : english) {
                    y = text(cs, font, line, SMALL, box.getLowerLeftX() + MARGIN, y);
                }
            }
            document.save(out.toFile());
        }
    }

    /** Fails with the field's name when {@code value} has a character the embedded font cannot print. */
    static void requirePrintable(String field, String value) {
        if (value == null) return;
        try (PDDocument document = new PDDocument()) {
            PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES), true).encode(value);
        } catch (IllegalArgumentException | IOException e) {
            throw new CertificationRefusedException("BAD_INPUT", "Trường " + field + " có ký tự không in được",
                    "field " + field + " has a character that cannot be printed (" + e.getMessage() + ")");
        }
    }

    private static float text(PDPageContentStream cs, PDFont font, String s, float size, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        return y - LEADING;
    }

    private static List<String> wrap(PDFont font, String s, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static byte[] readFont() {
        try (InputStream in = CertificationStatement.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("font resource missing: " + FONT);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
