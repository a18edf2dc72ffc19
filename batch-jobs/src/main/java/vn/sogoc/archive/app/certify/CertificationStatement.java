package vn.sogoc.archive.app.certify;

import java.io.IOException;
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

import vn.sogoc.archive.app.printing.PageText;
import vn.sogoc.archive.app.printing.PrintFont;

/**
 * The certification statement (lời chứng) on the last page of a certified copy: the page is extended by a
 * band below the scanned image (the scan itself is neither covered nor scaled), in which the statement,
 * number, book and year, date and the certifying officer are written as real text in embedded Tinos
 * (metric-compatible with Times New Roman), so the copy stays PDF/A-2b and the statement is searchable.
 */
final class CertificationStatement {

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
            PDFont font = PrintFont.load(document);
            PDPage page = document.getPage(document.getNumberOfPages() - 1);
            PDRectangle box = page.getMediaBox();
            float width = box.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String line : lines(facts)) wrapped.addAll(PageText.wrap(font, line, SIZE, width));
            List<String> english = PageText.wrap(font, english(facts), SMALL, width);
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
        String problem = PrintFont.problem(value);
        if (problem != null) {
            throw new CertificationRefusedException("BAD_INPUT", "Trường " + field + " có ký tự không in được",
                    "field " + field + " has a character that cannot be printed (" + problem + ")");
        }
    }

    private static float text(PDPageContentStream cs, PDFont font, String s, float size, float x, float y) throws IOException {
        PageText.show(cs, font, s, size, x, y);
        return y - LEADING;
    }
}
