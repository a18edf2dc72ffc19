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
 * Makes a PDFBox document PDF/A-2b: PDF 1.7, a new Info dictionary and the same values in XMP (with
 * the pdfaid part 2, conformance B identification), an sRGB output intent (unless the document has
 * one) and the document language. Dates are whole seconds with the metadata's own offset, so both
 * places hold the same instant. The one place that writes this set-up: the archival writer, copies,
 * certified copies and reports all call it before they save (their fonts must be embedded).
 */
public final class PdfAConformance {

    /** The Info dictionary's Creator and the XMP CreatorTool. */
    public static final String CREATOR_TOOL = "Sổ Gốc e-Archive";
    /** The Info dictionary's and the XMP's Producer. */
    public static final String PRODUCER = "Sổ Gốc e-Archive (Apache PDFBox)";
    private static final String DEFAULT_LANGUAGE = "vi";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfAConformance() { }

    /** Writes the metadata, identification, language and output intent; blank fields are left out. */
    public static void apply(PDDocument document, PdfMetadata metadata) throws IOException {
        apply(document, metadata, null);
    }

    /**
     * As {@link #apply(PDDocument, PdfMetadata)}, with {@code identifier} (e.g. {@code urn:sogoc:copy:…})
     * as the XMP {@code dc:identifier} when it is not blank. Any Info dictionary the document had is replaced.
     */
    public static void apply(PDDocument document, PdfMetadata metadata, String identifier) throws IOException {
        Calendar created = calendar(metadata.created());
        document.getDocument().setVersion(1.7f); // the header; PDFBox's own default is 1.4
        PDDocumentInformation info = new PDDocumentInformation();
        writeInfo(info, metadata, created);
        document.setDocumentInformation(info);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(metadata, identifier, created));
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

    private static byte[] xmp(PdfMetadata m, String identifier, Calendar created) throws IOException {
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
        if (!blank(identifier)) {
            dc.setIdentifier(identifier);
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
