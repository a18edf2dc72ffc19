package vn.sogoc.archive.pdf.pdfbox;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import vn.sogoc.archive.pdf.PdfMetadata;

/**
 * Makes a document PDF/A-2b: PDF 1.7, the Info dictionary and the same values in XMP (with the
 * pdfaid part 2, conformance B identification), an sRGB output intent and the document language.
 * Dates are whole seconds with the metadata's own offset, so both places hold the same instant.
 */
final class PdfAConformance {

    static final String CREATOR_TOOL = "Sổ Gốc e-Archive";
    static final String PRODUCER = "Sổ Gốc e-Archive (Apache PDFBox)";
    private static final String DEFAULT_LANGUAGE = "vi";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfAConformance() { }

    static void apply(PDDocument document, PdfMetadata metadata) throws IOException {
        Calendar created = calendar(metadata.created());
        document.getDocument().setVersion(1.7f); // the header; PDFBox's own default is 1.4
        writeInfo(document.getDocumentInformation(), metadata, created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(metadata, created));
        catalog.setMetadata(xmp);
        catalog.setLanguage(blank(metadata.language()) ? DEFAULT_LANGUAGE : metadata.language());
        if (catalog.getOutputIntents().isEmpty()) {
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
    }

    private static void writeInfo(PDDocumentInformation info, PdfMetadata m, Calendar created) {
        info.setTitle(nullIfBlank(m.title()));
        info.setAuthor(nullIfBlank(m.author()));
        info.setSubject(nullIfBlank(m.subject()));
        info.setKeywords(nullIfBlank(m.keywords()));
        info.setCreator(CREATOR_TOOL);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private static byte[] xmp(PdfMetadata m, Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (!blank(m.title())) {
            dc.setTitle(m.title());
        }
        if (!blank(m.author())) {
            dc.addCreator(m.author());
        }
        if (!blank(m.subject())) {
            dc.setDescription(m.subject());
        }
        dc.addLanguage(blank(m.language()) ? DEFAULT_LANGUAGE : m.language());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        if (!blank(m.keywords())) {
            pdf.setKeywords(m.keywords());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR_TOOL);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot serialise XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static Calendar calendar(OffsetDateTime created) {
        OffsetDateTime when = created != null ? created : OffsetDateTime.now(ZoneOffset.UTC);
        return GregorianCalendar.from(when.truncatedTo(ChronoUnit.SECONDS).toZonedDateTime());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s;
    }
}
