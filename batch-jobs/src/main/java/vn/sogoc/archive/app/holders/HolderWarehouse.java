package vn.sogoc.archive.app.holders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.holder.HolderId;

/**
 * A holder's e-data warehouse (kho quản lý dữ liệu điện tử của tổ chức, cá nhân): every result, copy,
 * certified copy and dossier document linked to a citizen ID or enterprise code. The service the command
 * line and the web layer call; every read is recorded in the audit trail with who read it
 * ({@link Actors#current()}), in the same transaction as the read.
 */
@Service
public class HolderWarehouse {

    /** Audit action of a read of a holder's warehouse. */
    public static final String HOLDER_READ = "HOLDER_READ";

    private static final Comparator<WarehouseDocument> ORDER = Comparator
            .comparing(WarehouseDocument::issuedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(WarehouseDocument::kind).thenComparing(WarehouseDocument::documentId);

    private final WarehouseQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    HolderWarehouse(WarehouseQueries queries, AuditTrail audit) {
        this(queries, audit, Clock.system(ZoneOffset.ofHours(7)));
    }

    HolderWarehouse(WarehouseQueries queries, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every document of the holder, oldest first, with whether each is in force today; the read is audited.
     *
     * @throws vn.sogoc.archive.holder.InvalidHolderIdException when {@code holderId} is not a valid ID (nothing is read)
     */
    @Transactional
    public List<WarehouseDocument> documents(String holderId) {
        HolderId id = HolderId.parse(holderId);
        List<WarehouseDocument> documents = queries.documents(id.value(), today()).stream().sorted(ORDER).toList();
        audit.append(new AuditEvent(HOLDER_READ, Actors.current(), "holder", id.value(), null,
                Map.of("documents", Integer.toString(documents.size()), "purpose", "list")));
        return documents;
    }

    /** The holder's documents that are in force and held electronically: what could stand in for paper. */
    @Transactional
    public List<WarehouseDocument> reusable(String holderId) {
        HolderId id = HolderId.parse(holderId);
        List<WarehouseDocument> documents = queries.documents(id.value(), today()).stream()
                .filter(WarehouseDocument::reusable).sorted(ORDER).toList();
        audit.append(new AuditEvent(HOLDER_READ, Actors.current(), "holder", id.value(), null,
                Map.of("documents", Integer.toString(documents.size()), "purpose", "suggest")));
        return documents;
    }

    /** One document of the holder by its id, whatever its kind (not audited: the caller's action is). */
    public Optional<WarehouseDocument> find(String holderId, String documentId) {
        HolderId id = HolderId.parse(holderId);
        return queries.documents(id.value(), today()).stream().filter(d -> d.documentId().equals(documentId)).findFirst();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
