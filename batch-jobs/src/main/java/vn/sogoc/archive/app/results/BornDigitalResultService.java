package vn.sogoc.archive.app.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.certify.CounterProperties;
import vn.sogoc.archive.app.certify.CountersignedSigning;
import vn.sogoc.archive.app.certify.NumberedTransactions;
import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.classify.MetadataExtractor;
import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.digitize.DigitizedDocument;
import vn.sogoc.archive.digitize.DocumentDigitizer;
import vn.sogoc.archive.digitize.ObjectKeys;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.holder.HolderId;
import vn.sogoc.archive.holder.InvalidHolderIdException;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.text.Hashes;

/**
 * Issues a born-digital result (kết quả điện tử): the PDF is kept if it already is PDF/A-2b, otherwise
 * re-rendered into a searchable PDF/A-2b (its own text as the text layer, OCR for pages without text);
 * signed by the signer (personal certificate) and by the organisation (Decree 30/2020 appearances); entered
 * in the master register as a new entry {@code SG-{year}-E{seq}} marked born-digital and digitized;
 * archived under the records key and indexed like a digitized result. The number is unique for its type
 * and year. Register number, signatures, storage, entry and index happen in one transaction.
 */
@Service
public class BornDigitalResultService {

    /** Audit action of an issued born-digital result. */
    public static final String ISSUED = "RESULT_ISSUED";
    /** Prefix of born-digital register numbers in the shared (book, year) counter. */
    static final String COUNTER_BOOK = "SG-E";

    /** Decree 30/2020's number and symbol: a number, then "/"-separated groups of capitals and digits joined by "-". */
    static final Pattern NUMBER = Pattern.compile("^(0[1-9]|[1-9]\\d*)(/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*)+$");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final DocumentDigitizer digitizer;
    private final CountersignedSigning signing;
    private final ObjectStore store;
    private final NumberedTransactions numbered;
    private final BornDigitalRegister register;
    private final JdbcRegister masterRegister;
    private final ScanRecords records;
    private final SearchIndex index;
    private final AuditTrail audit;
    private final ResultTypeCatalog types;
    private final MetadataExtractor extractor;
    private final CounterProperties counter;
    private final ArchiveProperties properties;

    BornDigitalResultService(DocumentDigitizer digitizer, CountersignedSigning signing, ObjectStore store,
                             NumberedTransactions numbered, BornDigitalRegister register, JdbcRegister masterRegister,
                             ScanRecords records, SearchIndex index, AuditTrail audit, ResultTypeCatalog types,
                             MetadataExtractor extractor, CounterProperties counter, ArchiveProperties properties) {
        this.digitizer = digitizer;
        this.signing = signing;
        this.store = store;
        this.numbered = numbered;
        this.register = register;
        this.masterRegister = masterRegister;
        this.records = records;
        this.index = index;
        this.audit = audit;
        this.types = types;
        this.extractor = extractor;
        this.counter = counter;
        this.properties = properties;
    }

    /**
     * @throws ResultRefusedException with the reason; nothing was registered or stored
     */
    public IssuedResult issue(ResultIssue r) throws IOException {
        ResultType type = types.find(r.typeCode()).orElseThrow(() -> new ResultRefusedException("UNKNOWN_TYPE",
                "Loại kết quả '" + r.typeCode() + "' không có trong danh mục", "result type '" + r.typeCode()
                + "' is not in the catalog (" + types.types().stream().map(ResultType::code).toList() + ")"));
        String number = r.number() == null ? "" : r.number().strip();
        if (!NUMBER.matcher(number).matches()) {
            throw new ResultRefusedException("BAD_NUMBER", "Số, ký hiệu '" + number + "' không đúng thể thức (Nghị định 30/2020)",
                    "number '" + number + "' is not of the form NUMBER/SYMBOL (e.g. 123/2026/ATTP-CNĐK)");
        }
        HolderId holder;
        try {
            holder = HolderId.parse(r.holderId());
        } catch (InvalidHolderIdException e) {
            throw new ResultRefusedException("INVALID_HOLDER", e.getMessage(), "nothing was issued");
        }
        if (r.issuedOn() == null) throw new ResultRefusedException("BAD_INPUT", "Thiếu ngày ban hành", "--issued-on is missing");
        if (r.issuedOn().isAfter(LocalDate.now(VIETNAM))) {
            throw new ResultRefusedException("BAD_INPUT", "Ngày ban hành " + r.issuedOn() + " ở tương lai",
                    "issue date " + r.issuedOn() + " is in the future");
        }
        if (r.validUntil() != null && r.validUntil().isBefore(r.issuedOn())) {
            throw new ResultRefusedException("BAD_INPUT", "Ngày hết hiệu lực " + r.validUntil() + " trước ngày ban hành "
                    + r.issuedOn(), "valid-until " + r.validUntil() + " is before the issue date " + r.issuedOn());
        }
        if (r.signer() == null) throw new ResultRefusedException("BAD_INPUT", "Thiếu người ký", "--signer is missing");
        if (r.file() == null || !Files.isRegularFile(r.file()) || !isPdf(r.file())) {
            throw new ResultRefusedException("UNREADABLE", "Tệp " + r.file() + " không phải PDF", r.file() + " is not a PDF file");
        }
        if (register.numberTaken(type.code(), number, r.issuedOn().getYear())) {
            throw duplicate(type, number, r.issuedOn().getYear());
        }
        Files.createDirectories(properties.workDir());
        Path unsigned = Files.createTempFile(properties.workDir(), "result-", ".pdf");
        Path signed = Files.createTempFile(properties.workDir(), "result-signed-", ".pdf");
        try {
            Rendered rendered = render(r, unsigned);
            String holderName = holderName(r, holder, type, rendered.text());
            String sourceSha256 = Hashes.sha256(r.file());
            Facts facts = new Facts(r, type, number, holder, holderName, sourceSha256, rendered);
            int year = r.issuedOn().getYear();
            try {
                return numbered.run(COUNTER_BOOK, year, seq -> signAndRegister(facts, seq, unsigned, signed));
            } catch (DuplicateKeyException e) {
                throw duplicate(type, number, year);
            } finally {
                masterRegister.invalidate();
            }
        } finally {
            for (Path p : List.of(unsigned, signed)) Files.deleteIfExists(p);
        }
    }

    private record Rendered(int pages, String text, boolean converted) { }

    private record Facts(ResultIssue request, ResultType type, String number, HolderId holder, String holderName,
                         String sourceSha256, Rendered rendered) { }

    private Rendered render(ResultIssue r, Path unsigned) throws IOException {
        PdfAIdentification.Probe probe;
        try {
            probe = PdfAIdentification.probe(r.file());
        } catch (IOException e) {
            throw new ResultRefusedException("UNREADABLE", "Không đọc được " + r.file().getFileName() + ": " + e.getMessage(),
                    "cannot read " + r.file().getFileName() + ": " + e.getMessage());
        }
        if (probe.pdfa2b()) {
            Files.copy(r.file(), unsigned, StandardCopyOption.REPLACE_EXISTING);
            return new Rendered(probe.pages(), probe.text(), false);
        }
        try {
            DigitizedDocument d = digitizer.digitize(List.of(r.file()), new PdfMetadata(r.number() + " — " + r.typeCode(),
                    "Kết quả TTHC điện tử", properties.organisation(), "born-digital", OffsetDateTime.now(VIETNAM), "vi"),
                    unsigned, false, counter.maxPages());
            if (d.pagesKept() == 0) {
                throw new ResultRefusedException("UNREADABLE", "Tệp không có trang nào", "the file has no pages");
            }
            return new Rendered(d.pagesKept(), d.text(), true);
        } catch (UnreadableScanException e) {
            throw new ResultRefusedException("UNREADABLE", e.getMessage(), "cannot be converted to PDF/A");
        }
    }

    private IssuedResult signAndRegister(Facts f, int seq, Path unsigned, Path signed) throws IOException {
        ResultIssue r = f.request();
        int year = r.issuedOn().getYear();
        String registerNo = "SG-" + year + "-E" + String.format("%05d", seq);
        String reason = "Ban hành " + f.type().titleVi() + " số " + f.number() + " (sổ gốc " + registerNo + ")";
        SignatureResult organisation = signing.sign(unsigned, signed, r.signer(), counter.resultLabel(), reason);
        String key = ObjectKeys.record(f.type().code(), year, registerNo, f.sourceSha256());
        StoredObject stored = store.put(key, signed, "application/pdf", Map.of("source-sha256", f.sourceSha256(),
                "register-no", registerNo, "type-code", f.type().code(), "signed-at", organisation.signingTime().toString(),
                "signature-level", organisation.level().name(), "born-digital", "true"));
        String originalKey = ObjectKeys.original(f.sourceSha256(), r.file().getFileName().toString());
        if (store.stat(originalKey).isEmpty()) {
            store.put(originalKey, r.file(), "application/pdf", Map.of("source", r.file().getFileName().toString()));
        }
        register.insert(new BornDigitalRegister.Entry(registerNo, f.type().code(), f.number(), f.holderName(),
                f.holder().value(), r.issuedOn(), r.validUntil(), properties.organisation(), f.type().fieldVi(),
                stored.key(), stored.sha256(), f.sourceSha256(), organisation.signingTime(), f.rendered().pages()));
        records.insertIfAbsent(new ScanOutcome("born-digital/" + r.file().getFileName(), f.sourceSha256(),
                RecordStatus.ARCHIVED, null, null, registerNo, f.type().code(), f.number(), f.holderName(), f.holder().value(),
                r.issuedOn(), r.validUntil(), properties.organisation(), 100.0, f.rendered().pages(), f.rendered().text(),
                stored.key(), stored.sha256(), originalKey, organisation.signingTime(), stored.size()), null);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("number", f.number());
        details.put("type_code", f.type().code());
        details.put("holder_id", f.holder().value());
        details.put("signer", r.signer().toString());
        details.put("converted_to_pdfa", Boolean.toString(f.rendered().converted()));
        details.put("object_key", stored.key());
        details.put("sha256", stored.sha256());
        audit.append(new AuditEvent(ISSUED, Actors.current(), "register_entry", registerNo, registerNo, details));
        index.upsert(new IndexedRecord(registerNo, f.type().code(), f.type().titleVi(), f.number(), f.holderName(),
                f.holder().value(), properties.organisation(), f.type().fieldVi(), r.issuedOn(), r.validUntil(), "ACTIVE",
                f.rendered().text(), stored.key(), stored.sha256()));
        index.commit();
        return new IssuedResult(registerNo, stored.key(), stored.sha256(), f.rendered().pages(), f.rendered().converted());
    }

    private String holderName(ResultIssue r, HolderId holder, ResultType type, String text) {
        if (r.holderName() != null && !r.holderName().isBlank()) return r.holderName().strip();
        return register.holderName(holder.value())
                .or(() -> java.util.Optional.ofNullable(extractor.extract(text, type.code()).holderName()))
                .orElseThrow(() -> new ResultRefusedException("BAD_INPUT", "Không biết tên chủ thể " + holder
                        + ": cho --holder-name", "holder " + holder + " is unknown: give --holder-name"));
    }

    private static ResultRefusedException duplicate(ResultType type, String number, int year) {
        return new ResultRefusedException("DUPLICATE", "Số " + number + " của loại " + type.code() + " năm " + year
                + " đã có trong sổ gốc", "number " + number + " of type " + type.code() + " in " + year
                + " is already in the master register");
    }

    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
        }
    }
}
