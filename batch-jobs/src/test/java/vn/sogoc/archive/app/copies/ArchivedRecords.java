package vn.sogoc.archive.app.copies;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.digitize.ObjectKeys;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.SearchablePdf;
import vn.sogoc.archive.pdf.pdfbox.PdfBoxSearchablePdfWriter;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.text.Hashes;

/**
 * Archives a register entry as the digitization job would (PDF/A-2b of a real sample scan, "SAO Y"
 * B-LT signature, object store, register marked digitized) without running OCR, so copy tests stay fast.
 */
final class ArchivedRecords {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    private ArchivedRecords() { }

    static void archive(RegisterEntry e, Path work, DocumentSigner signer, ObjectStore store, JdbcRegister register,
                        String organisation) throws Exception {
        BufferedImage image = ImageIO.read(SAMPLES.resolve("scans/scan-01.jpg").toFile());
        Path unsigned = work.resolve(e.registerNo() + ".unsigned.pdf");
        Path signed = work.resolve(e.registerNo() + ".pdf");
        try (SearchablePdf pdf = new PdfBoxSearchablePdfWriter().create(new PdfMetadata(e.number(), e.holderName(), organisation,
                e.typeCode(), OffsetDateTime.now(ZoneOffset.ofHours(7)), "vi"))) {
            pdf.addPage(new PageImage(0, image, 200, ColorKind.COLOR), PageText.empty());
            pdf.save(unsigned);
        }
        SignatureResult r = signer.sign(unsigned, signed, new SignatureRequest("SAO Y", organisation, "Sao y", SignatureLevel.B_LT));
        String source = Hashes.sha256(e.registerNo().getBytes());
        String key = ObjectKeys.record(e.typeCode(), e.issuedOn().getYear(), e.registerNo(), source);
        StoredObject stored = store.put(key, signed, "application/pdf", java.util.Map.of());
        register.markDigitized(new ScanOutcome("scan-01.jpg", source, RecordStatus.ARCHIVED, null, null, e.registerNo(),
                e.typeCode(), e.number(), e.holderName(), e.holderId(), e.issuedOn(), e.validUntil(), e.issuer(), 90.0, 1, "",
                key, stored.sha256(), null, r.signingTime(), Files.size(signed)));
    }
}
