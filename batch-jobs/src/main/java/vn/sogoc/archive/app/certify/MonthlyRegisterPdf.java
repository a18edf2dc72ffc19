package vn.sogoc.archive.app.certify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.sogoc.archive.app.printing.PageText;
import vn.sogoc.archive.app.printing.PrintFont;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.pdfbox.PdfAConformance;

/**
 * The printable monthly certification register (sổ chứng thực, bản in theo tháng): A4 landscape, one row
 * per line with every field the register keeps, Vietnamese headings, the organisation and month on top and
 * the number of lines at the end. PDF/A-2b (embedded Tinos, XMP, sRGB output intent), with the top right
 * of page 1 left free for the organisation's signature, which {@link CertificationReports} adds.
 */
final class MonthlyRegisterPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final float MARGIN = 28f;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float STAMP_SPACE = 72f;   // the signature appearance sits top right of page 1
    private static final String[] HEADINGS = {"Số / No.", "Ngày giờ / Date", "Người yêu cầu / Requester",
        "Chủ thể / Holder", "Tên giấy tờ / Document", "Trang / Pages", "Người chứng thực, cán bộ / Certifier, clerk",
        "SHA-256 bản sao / of the copy"};
    private static final float[] WIDTHS = {62, 62, 100, 66, 170, 38, 120, 168};

    private MonthlyRegisterPdf() { }

    static void write(List<CertificationLine> lines, String organisation, YearMonth month, OffsetDateTime created, Path out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont f = PrintFont.load(document);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            Writer w = new Writer(document, f, size);
            w.line(organisation, 11);
            w.line(title(month).toUpperCase(java.util.Locale.forLanguageTag("vi")), 13);
            w.line("Certification register (certified e-copies from originals), " + month, 9);
            w.gap(6);
            w.row(HEADINGS);
            for (CertificationLine l : lines) {
                w.row(new String[] {l.certificationNo(), TIME.format(l.certifiedAt().withOffsetSameInstant(ZoneOffset.ofHours(7))),
                    l.requester(), l.holderId(), l.documentTitle(), l.pages() + " (" + l.originalPages() + " quét)",
                    l.certifierName() + (l.certifierTitle() == null || l.certifierTitle().isBlank() ? "" : ", " + l.certifierTitle())
                        + "; " + l.clerk(), l.sha256()});
            }
            w.gap(8);
            w.line("Tổng số / total: " + lines.size() + " bản sao chứng thực / certified copies", 9);
            w.close();
            PdfAConformance.apply(document, new PdfMetadata(title(month), "Sổ chứng thực bản sao điện tử từ bản chính, "
                    + lines.size() + " dòng / certification register, " + lines.size() + " lines", organisation,
                    "sổ chứng thực; chứng thực; bản sao", created, "vi"));
            document.save(out.toFile());
        }
    }

    /** The document's title, e.g. "Sổ chứng thực bản sao điện tử từ bản chính — tháng 11/2026". */
    static String title(YearMonth month) {
        return "Sổ chứng thực bản sao điện tử từ bản chính — tháng " + month.getMonthValue() + "/" + month.getYear();
    }

    /** Writes rows top-down, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private final PDRectangle size;
        private PDPageContentStream cs;
        private float y;
        private int pages;

        Writer(PDDocument document, PDFont font, PDRectangle size) throws IOException {
            this.document = document;
            this.font = font;
            this.size = size;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) cs.close();
            PDPage page = new PDPage(size);
            document.addPage(page);
            cs = new PDPageContentStream(document, page);
            cs.setNonStrokingColor(0f);
            cs.setStrokingColor(0f);
            cs.setLineWidth(0.3f);
            pages++;
            y = size.getHeight() - MARGIN - (pages == 1 ? STAMP_SPACE : 0);
        }

        void line(String s, float fontSize) throws IOException {
            text(s, fontSize, MARGIN, y - fontSize);
            y -= fontSize * 1.4f;
        }

        void gap(float h) {
            y -= h;
        }

        void row(String[] cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.length; i++) {
                float cellSize = i == cells.length - 1 ? 5.5f : SIZE;
                List<String> w = PageText.wrapCuttingWords(font, cells[i] == null ? "" : cells[i], cellSize, WIDTHS[i] - 4);
                wrapped.add(w);
                height = Math.max(height, w.size());
            }
            float h = height * LEADING + 4;
            if (y - h < MARGIN) newPage();
            float x = MARGIN;
            for (int i = 0; i < cells.length; i++) {
                cs.addRect(x, y - h, WIDTHS[i], h);
                float ty = y - LEADING + 1;
                for (String l : wrapped.get(i)) {
                    text(l, i == cells.length - 1 ? 5.5f : SIZE, x + 2, ty);
                    ty -= LEADING;
                }
                x += WIDTHS[i];
            }
            cs.stroke();
            y -= h;
        }

        private void text(String s, float fontSize, float x, float ty) throws IOException {
            PageText.show(cs, font, s, fontSize, x, ty);
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
