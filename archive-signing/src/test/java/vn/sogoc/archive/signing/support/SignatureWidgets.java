package vn.sogoc.archive.signing.support;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.List;

/** Reads the signature widgets of a signed PDF: field name, page, rectangle, flags and appearance text. */
public final class SignatureWidgets {

    /**
     * One signature field's widget and what its appearance draws.
     *
     * @param claimedTime the signature dictionary's /M
     * @param fonts       font names, sizes and fill colours of the text drawn, e.g. "ABCDEF+Tinos 10.0 [0.0]"
     */
    public record Widget(String fieldName, int page, Rectangle rect, Rectangle pageBox, int flags, String text,
                         Instant claimedTime, Set<String> fonts) { }

    private SignatureWidgets() {
    }

    public static List<Widget> read(Path pdf) throws Exception {
        List<Widget> widgets = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(doc, false);
            for (String name : new SignatureUtil(doc).getSignatureNames()) {
                PdfFormField field = form.getField(name);
                PdfWidgetAnnotation widget = field.getWidgets().get(0);
                PdfDictionary pageDict = widget.getPageObject();
                int page = pageDict == null ? 1 : doc.getPageNumber(pageDict);
                PdfStream normal = widget.getNormalAppearanceObject() instanceof PdfStream s ? s : null;
                Set<String> fonts = new TreeSet<>();
                String text = normal == null ? "" : text(normal, fonts);
                PdfString date = new SignatureUtil(doc).getSignature(name).getDate();
                Instant claimed = date == null ? null : PdfDate.decode(date.toUnicodeString()).toInstant();
                widgets.add(new Widget(name, page, widget.getRectangle().toRectangle(),
                    doc.getPage(page).getCropBox(), widget.getFlags(), text, claimed, fonts));
            }
        }
        return widgets;
    }

    private static String text(PdfStream appearance, Set<String> fonts) {
        PdfFormXObject xobject = new PdfFormXObject(appearance);
        LocationTextExtractionStrategy strategy = new LocationTextExtractionStrategy();
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof TextRenderInfo info) {
                    info.preserveGraphicsState();
                    fonts.add(info.getFont().getFontProgram().getFontNames().getFontName() + " " + info.getFontSize()
                        + " " + Arrays.toString(info.getFillColor().getColorValue()));
                }
                strategy.eventOccurred(data, type);
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return null;
            }
        };
        new PdfCanvasProcessor(listener).processContent(appearance.getBytes(), xobject.getResources());
        return strategy.getResultantText();
    }
}
