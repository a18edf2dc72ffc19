package vn.sogoc.archive.app.audit;

/** The audit trail's own actions (the trail records its checkpoints, verifications and reports too). */
public final class AuditActions {

    /** A signed checkpoint of the chain was made; the checkpoint covers this very entry. */
    public static final String CHECKPOINT = "AUDIT_CHECKPOINT";
    /** {@code audit verify} ran; details carry the verdict and the number of problems. */
    public static final String VERIFIED = "AUDIT_VERIFIED";
    /** Someone listed or exported audit entries. */
    public static final String LISTED = "AUDIT_LISTED";
    /** A report (audit or progress) was produced. */
    public static final String REPORT = "REPORT_GENERATED";
    /** Someone read the job history. */
    public static final String JOBS_VIEWED = "JOBS_VIEWED";
    /** The effective configuration differs from the last one recorded. */
    public static final String CONFIG_CHANGED = "CONFIG_CHANGED";

    private AuditActions() { }
}
