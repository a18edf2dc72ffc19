package vn.sogoc.archive.signing.support;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** Writes a one-page A4 PDF/A-2b like the ones archive-pdf makes with PDFBox: embedded font, XMP, sRGB intent. */
public final class PdfA2bFixture {

    public static final String TEXT = "Giấy chứng nhận đủ điều kiện an toàn thực phẩm — Số: 71/2025/ATTP-CNĐK";
    private static final String PRODUCER = "Apache PDFBox (Sổ Gốc test fixture)";

    private PdfA2bFixture() {
    }

    public static Path write(Path file) throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+07:00"));
        created.set(Calendar.MILLISECOND, 0);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (InputStream ttf = PdfA2bFixture.class.getResourceAsStream("/vn/sogoc/archive/signing/fonts/Tinos-Regular.ttf")) {
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(60, 600);
                    content.showText(TEXT);
                    content.endText();
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Bản chụp thử nghiệm");
            info.setProducer(PRODUCER);
            info.setCreationDate(created);
            info.setModificationDate(created);
            doc.getDocumentCatalog().setMetadata(xmp(doc, created));
            doc.getDocumentCatalog().addOutputIntent(srgbIntent(doc));
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDMetadata xmp(PDDocument doc, Calendar created) throws Exception {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        pdfa.setConformance("B");
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle("Bản chụp thử nghiệm");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, out, true);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(out.toByteArray());
        return metadata;
    }

    private static PDOutputIntent srgbIntent(PDDocument doc) throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
