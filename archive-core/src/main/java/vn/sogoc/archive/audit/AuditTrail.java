package vn.sogoc.archive.audit;

/**
 * The append-only, tamper-evident audit trail (port): every entry carries the SHA-256 of the one
 * before it. Appending joins the caller's transaction when there is one, so an action and its audit
 * entry are committed together.
 */
public interface AuditTrail {

    void append(AuditEvent event);
}
