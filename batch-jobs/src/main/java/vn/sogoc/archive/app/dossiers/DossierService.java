package vn.sogoc.archive.app.dossiers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.certify.CounterProperties;
import vn.sogoc.archive.app.holders.DocumentTitles;
import vn.sogoc.archive.app.holders.HolderWarehouse;
import vn.sogoc.archive.app.holders.WarehouseDocument;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.digitize.DigitizedDocument;
import vn.sogoc.archive.digitize.DocumentDigitizer;
import vn.sogoc.archive.digitize.ObjectKeys;
import vn.sogoc.archive.holder.HolderId;
import vn.sogoc.archive.holder.InvalidHolderIdException;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.text.Hashes;

/**
 * Receives a dossier at the counter (tiếp nhận hồ sơ): components taken from the holder's warehouse are
 * recorded as reused (which document) after checking they belong to the holder and are in force; each
 * paper component is digitized (OCR, searchable PDF/A, the organisation's "SAO Y" signature), stored and
 * linked to the dossier and the holder. A scan that cannot be digitized is kept as an original and
 * recorded as not digitized, with the reason. Refusals (bad code, invalid holder, duplicate dossier,
 * document not reusable, no component) happen before anything is stored.
 */
@Service
public class DossierService {

    /** Audit action of a received dossier. */
    public static final String RECEIVED = "DOSSIER_RECEIVED";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final HolderWarehouse warehouse;
    private final DocumentDigitizer digitizer;
    private final DocumentSigner signer;
    private final ObjectStore store;
    private final DossierStore dossiers;
    private final DocumentTitles titles;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final CounterProperties counter;
    private final ArchiveProperties properties;

    DossierService(HolderWarehouse warehouse, DocumentDigitizer digitizer, DocumentSigner signer, ObjectStore store,
                   DossierStore dossiers, DocumentTitles titles, AuditTrail audit, PlatformTransactionManager transactions,
                   CounterProperties counter, ArchiveProperties properties) {
        this.warehouse = warehouse;
        this.digitizer = digitizer;
        this.signer = signer;
        this.store = store;
        this.dossiers = dossiers;
        this.titles = titles;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.counter = counter;
        this.properties = properties;
    }

    /** Documents of the holder's warehouse in force that could stand in for paper components (audited read). */
    public List<WarehouseDocument> suggest(String holderId) {
        try {
            return warehouse.reusable(holderId);
        } catch (InvalidHolderIdException e) {
            throw new DossierRefusedException("INVALID_HOLDER", e.getMessage(), "nothing was read");
        }
    }

    /**
     * @throws DossierRefusedException with the reason; nothing was recorded
     */
    public ReceivedDossier receive(DossierIntake intake) throws IOException {
        String code = intake.code() == null ? "" : intake.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new DossierRefusedException("BAD_INPUT", "Mã hồ sơ '" + code + "' không hợp lệ (chữ, số, . _ -, tối đa 60)",
                    "dossier code '" + code + "' is invalid (letters, digits, . _ -, at most 60)");
        }
        if (intake.procedureCode() == null || intake.procedureCode().isBlank()) {
            throw new DossierRefusedException("BAD_INPUT", "Thiếu mã thủ tục", "--procedure is missing");
        }
        HolderId holder;
        try {
            holder = HolderId.parse(intake.holderId());
        } catch (InvalidHolderIdException e) {
            throw new DossierRefusedException("INVALID_HOLDER", e.getMessage(), "nothing was received");
        }
        if (intake.reuse().isEmpty() && intake.files().isEmpty()) {
            throw new DossierRefusedException("NO_COMPONENTS", "Hồ sơ không có thành phần nào",
                    "the dossier has no component (give --reuse DOCUMENT_ID or FILE)");
        }
        if (dossiers.exists(code)) {
            throw new DossierRefusedException("DUPLICATE", "Hồ sơ " + code + " đã được tiếp nhận", "dossier " + code
                    + " was already received");
        }
        List<WarehouseDocument> reused = new ArrayList<>();
        for (String id : new LinkedHashSet<>(intake.reuse())) {
            WarehouseDocument d = warehouse.find(holder.value(), id).orElseThrow(() -> new DossierRefusedException(
                    "NOT_REUSABLE", "Giấy tờ " + id + " không có trong kho dữ liệu của " + holder,
                    "document " + id + " is not in the warehouse of " + holder));
            if (!d.reusable()) {
                throw new DossierRefusedException("NOT_REUSABLE", "Giấy tờ " + id + " không còn hiệu lực hoặc chưa số hóa",
                        "document " + id + " is not in force or not held electronically");
            }
            reused.add(d);
        }
        for (Path f : intake.files()) {
            if (!Files.isRegularFile(f)) {
                throw new DossierRefusedException("BAD_INPUT", "Không có tệp " + f, "no such file " + f);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
        String actor = Actors.current();
        List<DossierComponent> components = new ArrayList<>();
        int seq = 0;
        for (WarehouseDocument d : reused) {
            seq++;
            components.add(new DossierComponent(componentId(code, seq), code, seq, ComponentSource.REUSED, holder.value(),
                    d.title(), true, null, null, null, null, null, d.objectKey(), d.sha256(), null, d.documentId(),
                    d.kind().name()));
        }
        for (Path f : intake.files()) {
            seq++;
            components.add(digitize(code, seq, holder, f));
        }
        ReceivedDossier dossier = new ReceivedDossier(code, intake.procedureCode().strip(), holder.value(), now, actor,
                components);
        try {
            transaction.executeWithoutResult(status -> {
                dossiers.insert(dossier);
                Map<String, String> details = new LinkedHashMap<>();
                details.put("procedure", dossier.procedureCode());
                details.put("holder_id", holder.value());
                details.put("components", Integer.toString(components.size()));
                details.put("reused", reused.stream().map(WarehouseDocument::documentId).toList().toString());
                details.put("digitized", Long.toString(components.stream().filter(DossierComponent::digitized).count()));
                audit.append(new AuditEvent(RECEIVED, actor, "dossier", code, code, details));
            });
        } catch (DuplicateKeyException e) {
            throw new DossierRefusedException("DUPLICATE", "Hồ sơ " + code + " đã được tiếp nhận", "dossier " + code
                    + " was already received");
        }
        return dossier;
    }

    private DossierComponent digitize(String code, int seq, HolderId holder, Path file) throws IOException {
        String id = componentId(code, seq);
        String sha = Hashes.sha256(file);
        String name = file.getFileName().toString();
        String originalKey = ObjectKeys.original(sha, name);
        if (store.stat(originalKey).isEmpty()) {
            store.put(originalKey, file, "application/octet-stream", Map.of("source", name, "dossier", code));
        }
        Files.createDirectories(properties.workDir());
        Path unsigned = Files.createTempFile(properties.workDir(), "dossier-", ".pdf");
        Path signed = Files.createTempFile(properties.workDir(), "dossier-signed-", ".pdf");
        try {
            DigitizedDocument d;
            try {
                d = digitizer.digitize(List.of(file), new PdfMetadata(name, "Thành phần hồ sơ " + code,
                        properties.organisation(), "sha256:" + sha, OffsetDateTime.now(VIETNAM), "vi"), unsigned, true,
                        counter.maxPages());
            } catch (UnreadableScanException e) {
                return notDigitized(id, code, seq, holder, name, sha, originalKey, e.getMessage());
            }
            if (d.pagesKept() == 0) {
                return notDigitized(id, code, seq, holder, name, sha, originalKey,
                        name + ": " + d.pagesRead() + " trang đều trắng / all pages blank");
            }
            String title = titles.title(d.text());
            SignatureResult signature = signer.sign(unsigned, signed, new SignatureRequest(
                    properties.digitize().signatureLabel(), properties.organisation(),
                    "Số hóa thành phần hồ sơ " + code + " khi tiếp nhận", properties.digitize().signatureLevel()));
            String key = "dossiers/" + code + "/" + String.format("%02d", seq) + "/" + sha + ".pdf";
            StoredObject stored = store.stat(key).orElse(null);
            if (stored == null) {
                stored = store.put(key, signed, "application/pdf", Map.of("source-sha256", sha, "dossier", code,
                        "holder-id", holder.value(), "signed-at", signature.signingTime().toString()));
            }
            return new DossierComponent(id, code, seq, ComponentSource.SCANNED, holder.value(), title, true, null, name, sha,
                    originalKey, d.pagesKept(), stored.key(), stored.sha256(), signature.signingTime(), null, null);
        } finally {
            Files.deleteIfExists(unsigned);
            Files.deleteIfExists(signed);
        }
    }

    private static DossierComponent notDigitized(String id, String code, int seq, HolderId holder, String name, String sha,
                                                 String originalKey, String reason) {
        return new DossierComponent(id, code, seq, ComponentSource.SCANNED, holder.value(), name, false, reason, name, sha,
                originalKey, null, null, null, null, null, null);
    }

    private static String componentId(String code, int seq) {
        return code + "-" + String.format("%02d", seq);
    }
}
