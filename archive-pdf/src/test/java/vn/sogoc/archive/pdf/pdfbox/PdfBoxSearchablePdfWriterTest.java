package vn.sogoc.archive.pdf.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.SourceJpeg;
import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.SearchablePdf;

class PdfBoxSearchablePdfWriterTest {

    static final List<String> CERTIFICATE = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Giấy chứng nhận cơ sở Đủ điều kiện an toàn thực phẩm",
            "Số: 8390/2021/ATTP-CNĐK",
            "Cấp cho: Công ty TNHH Thực phẩm Hưng Thịnh, ngày 05 tháng 3 năm 2021");
    static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 3, 14, 9, 30, 15, 123_000_000, ZoneOffset.ofHours(7));
    static final PdfMetadata METADATA = new PdfMetadata("giay-chung-nhan-8390.pdf", "Kết quả TTHC số hóa",
            "Sở Y tế tỉnh Hà Nam", "sha256:ABCDEF", CREATED, "vi");

    @TempDir
    Path dir;

    private final PdfBoxSearchablePdfWriter writer = new PdfBoxSearchablePdfWriter();

    @Test
    void colourPageIsPdfA2bAndItsVietnameseTextIsExtractedInOrder() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(200, ColorKind.COLOR, CERTIFICATE);

        Path pdf = write(page);

        PdfAValidation.Report report = PdfAValidation.validate(pdf);
        assertThat(report.flavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
        assertThat(report.failures()).isEmpty();
        assertThat(report.compliant()).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).containsSubsequence("Giấy chứng nhận", "Đủ điều kiện", "8390/2021/ATTP-CNĐK");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 8390/2021/ATTP-CNĐK");
            PDImageXObject image = onlyImage(doc.getPage(0));
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            assertThat(image.getColorSpace().getName()).isEqualTo("DeviceRGB");
        }
    }

    @Test
    void pageSizeFollowsResolutionAndImageKeepsEveryPixel() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(300, ColorKind.COLOR, CERTIFICATE);

        Path pdf = write(page);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage p = doc.getPage(0);
            BufferedImage source = page.image().image();
            assertThat(p.getMediaBox().getWidth()).isCloseTo(source.getWidth() * 72f / 300, within(0.01f));
            assertThat(p.getMediaBox().getHeight()).isCloseTo(source.getHeight() * 72f / 300, within(0.01f));
            assertThat(p.getMediaBox().getWidth()).isCloseTo(595.4f, within(0.5f)); // A4
            PDImageXObject image = onlyImage(p);
            assertThat(image.getWidth()).isEqualTo(source.getWidth());
            assertThat(image.getHeight()).isEqualTo(source.getHeight());
        }
    }

    @Test
    void eachGlyphSitsInsideItsWordBox() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(200, ColorKind.GRAY, CERTIFICATE);
        float scale = 72f / 200;

        Path pdf = write(page);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> glyphs = TextPositions.of(doc, 1).stream()
                    .filter(t -> !t.getUnicode().isBlank()).toList();
            List<OcrWord> words = page.text().words();
            assertThat(glyphs).hasSize(words.stream().mapToInt(w -> w.text().length()).sum());
            int g = 0;
            for (OcrWord word : words) {
                float left = word.x() * scale;
                float right = (word.x() + word.width()) * scale;
                float top = word.y() * scale;
                float bottom = (word.y() + word.height()) * scale;
                for (char c : word.text().toCharArray()) {
                    TextPosition glyph = glyphs.get(g++);
                    assertThat(glyph.getUnicode()).isEqualTo(String.valueOf(c));
                    assertThat(glyph.getXDirAdj()).as("x of %s in %s", c, word.text()).isBetween(left - 0.5f, right);
                    assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isBetween(left, right + 0.5f);
                    assertThat(glyph.getYDirAdj()).as("baseline of %s in %s", c, word.text()).isBetween(top, bottom + 0.5f);
                }
                // the word spans its box: first glyph starts at its left edge, last ends at its right edge
                TextPosition last = glyphs.get(g - 1);
                assertThat(last.getXDirAdj() + last.getWidthDirAdj()).isCloseTo(right, within(0.5f));
            }
        }
    }

    @Test
    void bilevelPageIsCcittG4AndDecodesToTheSamePixels() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(300, ColorKind.BILEVEL, CERTIFICATE);

        Path pdf = write(page);

        assertThat(PdfAValidation.validate(pdf).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDImageXObject image = onlyImage(doc.getPage(0));
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.CCITTFAX_DECODE);
            assertThat(image.getBitsPerComponent()).isEqualTo(1);
            assertSamePixels(image.getImage(), page.image().image());
            assertThat(new PDFTextStripper().getText(doc)).contains("Đủ điều kiện");
        }
    }

    @Test
    void aPageCarryingItsScannersJpegEmbedsThoseBytesUnchanged() throws Exception {
        for (ColorKind kind : List.of(ColorKind.COLOR, ColorKind.GRAY)) {
            SyntheticScan.Page page = SyntheticScan.a4(200, kind, CERTIFICATE);
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(page.image().image(), "jpeg", jpeg);
            BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg.toByteArray()));
            PageImage carrying = new PageImage(0, SourceJpeg.attach(decoded, jpeg.toByteArray()), 200, kind);

            Path pdf = write(new SyntheticScan.Page(carrying, page.text()));

            assertThat(PdfAValidation.validate(pdf).failures()).as(kind.name()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDImageXObject image = onlyImage(doc.getPage(0));
                assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
                assertThat(image.getColorSpace().getName()).isEqualTo(kind == ColorKind.COLOR ? "DeviceRGB" : "DeviceGray");
                try (java.io.InputStream raw = image.getCOSObject().createRawInputStream()) {
                    assertThat(java.util.Arrays.equals(raw.readAllBytes(), jpeg.toByteArray()))
                            .as("the scanner's bytes, not re-encoded").isTrue();
                }
                assertThat(new PDFTextStripper().getText(doc)).contains("Đủ điều kiện");
            }
        }
    }

    @Test
    void aTurnedPageNoLongerCarriesTheJpegAndIsEncodedFromItsPixels() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(200, ColorKind.COLOR, CERTIFICATE);
        byte[] notTheImage = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        BufferedImage carrying = SourceJpeg.attach(page.image().image(), notTheImage);
        BufferedImage copy = new BufferedImage(carrying.getWidth(), carrying.getHeight(), carrying.getType());
        copy.getGraphics().drawImage(carrying, 0, 0, null);

        assertThat(SourceJpeg.of(carrying)).isSameAs(notTheImage);
        assertThat(SourceJpeg.of(copy)).isNull();
        Path pdf = write(new SyntheticScan.Page(new PageImage(0, copy, 200, ColorKind.COLOR), page.text()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(onlyImage(doc.getPage(0)).getImage().getWidth()).isEqualTo(copy.getWidth());
        }
    }

    @Test
    void greyPageIsEightBitGreyJpeg() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(200, ColorKind.GRAY, CERTIFICATE);

        Path pdf = write(page);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDImageXObject image = onlyImage(doc.getPage(0));
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            assertThat(image.getColorSpace().getName()).isEqualTo("DeviceGray");
            assertThat(image.getBitsPerComponent()).isEqualTo(8);
        }
    }

    @Test
    void severalPagesOfMixedKindsAndResolutionsIncludingOneWithoutText() throws Exception {
        SyntheticScan.Page colour = SyntheticScan.a4(200, ColorKind.COLOR, CERTIFICATE);
        SyntheticScan.Page blank = SyntheticScan.a4(300, ColorKind.BILEVEL, List.of());
        SyntheticScan.Page grey = SyntheticScan.a4(150, ColorKind.GRAY, List.of("Trang 3: Đủ điều kiện"));
        Path pdf = dir.resolve("three.pdf");

        try (SearchablePdf out = writer.create(METADATA)) {
            out.addPage(colour.image(), colour.text());
            out.addPage(blank.image(), PageText.empty());
            out.addPage(grey.image(), grey.text());
            out.save(pdf);
        }

        assertThat(PdfAValidation.validate(pdf).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isCloseTo((float) blank.image().widthPoints(), within(0.01f));
            assertThat(doc.getPage(2).getMediaBox().getWidth()).isCloseTo((float) grey.image().widthPoints(), within(0.01f));
            assertThat(pageText(doc, 1)).contains("Giấy chứng nhận");
            assertThat(pageText(doc, 2)).isBlank();
            assertThat(pageText(doc, 3)).contains("Trang 3: Đủ điều kiện");
        }
    }

    @Test
    void aDocumentWhosePagesHaveNoTextAtAllIsStillPdfA() throws Exception {
        SyntheticScan.Page blank = SyntheticScan.a4(200, ColorKind.GRAY, List.of());

        Path pdf = write(new SyntheticScan.Page(blank.image(), PageText.empty()));

        assertThat(PdfAValidation.validate(pdf).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).isBlank();
            assertThat(doc.getPage(0).getResources().getFontNames()).isEmpty();
        }
    }

    @Test
    void oddOcrOutputIsSkippedOrCleanedWithoutFailingThePage() throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(200, ColorKind.GRAY, List.of("Đủ điều kiện"));
        List<OcrWord> words = new java.util.ArrayList<>(page.text().words());
        OcrWord first = words.get(0);
        String decomposed = java.text.Normalizer.normalize(first.text(), java.text.Normalizer.Form.NFD);
        words.set(0, new OcrWord(decomposed, first.x(), first.y(), first.width(), first.height(), 90));
        words.add(new OcrWord("", 10, 10, 50, 20, 10));
        words.add(new OcrWord(null, 10, 40, 50, 20, 10));
        words.add(new OcrWord("zero", 10, 70, 0, 20, 10));
        words.add(new OcrWord("flat", 10, 100, 50, 0, 10));
        words.add(new OcrWord("\u0000\u200B\t", 10, 130, 50, 20, 10));
        words.add(new OcrWord("漢字😀", 10, 160, 50, 20, 10));
        words.add(new OcrWord("bảng😀", 100, 1000, 120, 30, 10));
        Path pdf = dir.resolve("odd.pdf");

        try (SearchablePdf out = writer.create(METADATA)) {
            out.addPage(page.image(), new PageText(page.text().text(), words, 50));
            out.addPage(page.image(), null);
            out.save(pdf);
        }

        assertThat(PdfAValidation.validate(pdf).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = pageText(doc, 1);
            assertThat(text).contains("Đủ điều kiện", "bảng").doesNotContain("zero", "flat", "漢", "😀");
            assertThat(pageText(doc, 2)).isBlank();
        }
    }

    @Test
    void metadataIsInInfoAndXmpAlikeWithPdfaIdentificationLanguageAndOutputIntent() throws Exception {
        Path pdf = write(SyntheticScan.a4(200, ColorKind.GRAY, List.of("Đủ điều kiện")));

        byte[] bytes = Files.readAllBytes(pdf);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-1.7");
        assertThat(raw.split("%%EOF", -1)).as("one revision, no incremental update").hasSize(2);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.isEncrypted()).isFalse();
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("giay-chung-nhan-8390.pdf");
            assertThat(info.getAuthor()).isEqualTo("Sở Y tế tỉnh Hà Nam");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(CREATED.withNano(0).toInstant());
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("giay-chung-nhan-8390.pdf");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Sở Y tế tỉnh Hà Nam");
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo("Kết quả TTHC số hóa");
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo("sha256:ABCDEF");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(info.getCreationDate().toInstant());
            assertThat(xmp.getXMPBasicSchema().getModifyDate().toInstant()).isEqualTo(info.getModificationDate().toInstant());
        }
    }

    @Test
    void pageBeyondPdfSizeLimitKeepsItsPhysicalSizeThroughUserUnit() throws Exception {
        BufferedImage strip = new BufferedImage(60_000, 300, BufferedImage.TYPE_BYTE_BINARY); // 833 in × 4 in
        Path pdf = dir.resolve("strip.pdf");

        try (SearchablePdf out = writer.create(METADATA)) {
            out.addPage(new PageImage(0, strip, 72, ColorKind.BILEVEL),
                    new PageText("Đủ", List.of(new OcrWord("Đủ", 100, 100, 80, 60, 90)), 90));
            out.save(pdf);
        }

        assertThat(PdfAValidation.validate(pdf).failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isLessThanOrEqualTo(14_400f);
            assertThat(page.getMediaBox().getWidth() * page.getUserUnit()).isCloseTo(60_000f, within(1f));
            assertThat(page.getMediaBox().getHeight() * page.getUserUnit()).isCloseTo(300f, within(0.1f));
            assertThat(new PDFTextStripper().getText(doc)).contains("Đủ");
        }
    }

    @Test
    void aPageImageIsNotKeptOnceAdded() throws Exception {
        Path pdf = dir.resolve("dropped.pdf");
        try (SearchablePdf out = writer.create(METADATA)) {
            java.lang.ref.WeakReference<BufferedImage> added = addAndForget(out);
            for (int i = 0; i < 20 && added.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertThat(added.get()).as("image still reachable after addPage").isNull();
            out.save(pdf);
        }
        assertThat(PdfAValidation.validate(pdf).failures()).isEmpty();
    }

    private static java.lang.ref.WeakReference<BufferedImage> addAndForget(SearchablePdf out) throws Exception {
        SyntheticScan.Page page = SyntheticScan.a4(200, ColorKind.COLOR, CERTIFICATE);
        out.addPage(page.image(), page.text());
        return new java.lang.ref.WeakReference<>(page.image().image());
    }

    @Test
    void savingADocumentWithoutPagesIsRefused() throws Exception {
        try (SearchablePdf out = writer.create(METADATA)) {
            assertThatThrownBy(() -> out.save(dir.resolve("empty.pdf"))).isInstanceOf(IllegalStateException.class);
        }
    }

    private Path write(SyntheticScan.Page page) throws Exception {
        Path pdf = dir.resolve("page.pdf");
        try (SearchablePdf out = writer.create(METADATA)) {
            out.addPage(page.image(), page.text());
            out.save(pdf);
        }
        return pdf;
    }

    private static PDImageXObject onlyImage(PDPage page) throws Exception {
        List<COSName> names = new java.util.ArrayList<>();
        page.getResources().getXObjectNames().forEach(names::add);
        assertThat(names).hasSize(1);
        return (PDImageXObject) page.getResources().getXObject(names.get(0));
    }

    private static String pageText(PDDocument doc, int pageNumber) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(doc);
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        long black = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                boolean e = (expected.getRGB(x, y) & 0xff) < 128;
                boolean a = (actual.getRGB(x, y) & 0xff) < 128;
                if (e != a) {
                    throw new AssertionError("pixel differs at " + x + "," + y);
                }
                black += e ? 1 : 0;
            }
        }
        assertThat(black).as("black pixels").isGreaterThan(1000);
    }
}
