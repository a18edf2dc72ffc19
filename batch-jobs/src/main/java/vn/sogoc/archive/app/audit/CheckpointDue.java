package vn.sogoc.archive.app.audit;

/**
 * Published by {@link JdbcAuditTrail} when an appended entry calls for a signed checkpoint; the checkpoint
 * is made after the appending transaction commits.
 *
 * @param seq           the entry that triggered it
 * @param action        that entry's action (the checkpoint's reason)
 * @param correlationId that entry's correlation id (e.g. {@code job-7}), may be null
 */
public record CheckpointDue(long seq, String action, String correlationId) { }
