package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.sogoc.archive.app.printing.PageText;
import vn.sogoc.archive.app.printing.PrintFont;

/**
 * The certification block, on a page added after the archived pages: that this is an electronic copy
 * from the master register (bản sao điện tử từ sổ gốc), the register entry, requester, purpose, clerk,
 * the legal basis, a QR code and the short verification code. The copy number and the issuing time are
 * drawn last ({@link #complete}), inside the transaction that assigns the number.
 */
final class CertificationPage {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 56f;
    private static final float SIZE = 11f;
    private static final float LEADING = 15f;
    private static final float QR_SIDE = 110f;

    /** Characters the number and time lines can use; drawn invisibly so the font subset holds them. */
    static final String NUMBER_GLYPHS = "0123456789/,:+-T ";

    private final PDPage page;
    private final PDFont font;
    private float numberY;
    private float timeY;
    private float numberX;
    private float timeX;

    private CertificationPage(PDPage page, PDFont font) {
        this.page = page;
        this.font = font;
    }

    /** Adds the page to {@code document} and draws everything but the number and time. */
    static CertificationPage add(PDDocument document, PDFont font, CopyFacts f, int archivedPages) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        CertificationPage c = new CertificationPage(page, font);
        c.drawBody(document, f, archivedPages);
        return c;
    }

    private void drawBody(PDDocument document, CopyFacts f, int archivedPages) throws IOException {
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float y = page.getMediaBox().getHeight() - MARGIN - 20;
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0f);
            y = centred(cs, f.organisation(), 12, y);
            y -= 10;
            y = centred(cs, "BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC", 15, y);
            y = centred(cs, "Electronic copy from the master register", 10, y);
            y -= 14;
            numberY = y;
            numberX = label(cs, "Số bản sao / Copy number: ", y);
            y -= LEADING;
            var e = f.entry();
            y = field(cs, "Mục sổ gốc / Register entry", e.registerNo() + " — số " + e.number(), y, width);
            y = field(cs, "Kết quả / Result", join(e.typeCode(), e.issuedOn() == null ? null : "cấp ngày " + DAY.format(e.issuedOn()),
                    e.validUntil() == null ? "không thời hạn" : "hiệu lực đến " + DAY.format(e.validUntil())), y, width);
            y = field(cs, "Người được cấp / Holder", e.holderName(), y, width);
            y = field(cs, "Cơ quan cấp bản chính / Issuer", e.issuer(), y, width);
            y = field(cs, "Người yêu cầu / Requester", f.requester(), y, width);
            y = field(cs, "Mục đích / Purpose", f.purpose(), y, width);
            timeY = y;
            timeX = label(cs, "Thời điểm cấp / Issued at: ", y);
            y -= LEADING;
            y = field(cs, "Cán bộ cấp / Clerk", f.clerk(), y, width);
            y = field(cs, "Số trang / Pages", archivedPages + " trang bản chính đã số hóa và trang chứng nhận này / "
                    + archivedPages + " archived page(s) and this certification page", y, width);
            y -= 8;
            y = paragraph(cs, "Bản sao này được cấp từ sổ gốc, có nội dung đúng với bản chính đã lưu trong sổ gốc và có giá trị "
                    + "sử dụng thay cho bản chính. Chữ ký số của cơ quan gắn với nhãn \"BẢN SAO\" ở góc trên bên phải trang 1. "
                    + "Căn cứ: " + f.legalBasis() + ". Thủ tục " + f.procedureCode() + " (Cấp bản sao từ sổ gốc).", SIZE, y, width);
            y = paragraph(cs, "This copy is issued from the master register, reproduces the original held in it and may be used in "
                    + "place of the original. The organisation's digital signature is attached to the \"BẢN SAO\" label at the "
                    + "top right of page 1.", 9, y - 4, width);
            y -= 12;
            QrCode.of(f.verifyUrl()).draw(cs, MARGIN, y, QR_SIDE);
            float tx = MARGIN + QR_SIDE + 16;
            float ty = y - 14;
            ty = text(cs, "Mã kiểm tra / Verification code:", SIZE, tx, ty);
            ty = text(cs, spaced(f.copyId()), 16, tx, ty - 4);
            ty = paragraphAt(cs, "Quét mã QR hoặc mở / Scan the QR code or open:", 9, tx, ty - 6, width - QR_SIDE - 16);
            paragraphAt(cs, f.verifyUrl(), 9, tx, ty, width - QR_SIDE - 16);
            cs.beginText();
            cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
            cs.setFont(font, 1);
            cs.newLineAtOffset(MARGIN, MARGIN / 2);
            cs.showText(NUMBER_GLYPHS + f.numberGlyphs());
            cs.endText();
        }
    }

    /** Where the copy number and issuing time go (x, y of each), filled in by {@link NumberStamp}. */
    float[] valuePositions() {
        return new float[] {numberX, numberY, timeX, timeY};
    }

    private float label(PDPageContentStream cs, String label, float y) throws IOException {
        text(cs, label, SIZE, MARGIN, y);
        return MARGIN + PageText.width(font, label, SIZE);
    }

    /** Fails with the field's name when {@code value} has a character the embedded font cannot show. */
    static void requirePrintable(PDFont font, String field, String value) {
        String problem = PrintFont.problem(font, value);
        if (problem != null) {
            throw new CopyRefusedException("BAD_INPUT", "Trường " + field + " có ký tự không in được: " + problem,
                    "Field " + field + " has a character that cannot be printed: " + problem);
        }
    }

    private float field(PDPageContentStream cs, String label, String value, float y, float width) throws IOException {
        return paragraph(cs, label + ": " + (value == null || value.isBlank() ? "—" : value), SIZE, y, width);
    }

    private float centred(PDPageContentStream cs, String s, float size, float y) throws IOException {
        float w = PageText.width(font, s, size);
        return text(cs, s, size, (page.getMediaBox().getWidth() - w) / 2, y);
    }

    private float paragraph(PDPageContentStream cs, String s, float size, float y, float width) throws IOException {
        return paragraphAt(cs, s, size, MARGIN, y, width);
    }

    private float paragraphAt(PDPageContentStream cs, String s, float size, float x, float y, float width) throws IOException {
        for (String line : PageText.wrap(font, s, size, width)) {
            y = text(cs, line, size, x, y);
        }
        return y;
    }

    private float text(PDPageContentStream cs, String s, float size, float x, float y) throws IOException {
        PageText.show(cs, font, s, size, x, y);
        return y - Math.max(LEADING, size * 1.35f);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (!b.isEmpty()) b.append(", ");
            b.append(p);
        }
        return b.toString();
    }

    /** ABCD-EFGH-IJ: easier to read out and type. */
    static String spaced(String code) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) b.append('-');
            b.append(code.charAt(i));
        }
        return b.toString();
    }
}
