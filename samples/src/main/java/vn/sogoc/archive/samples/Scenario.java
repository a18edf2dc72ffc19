package vn.sogoc.archive.samples;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.register.RegisterStatus;

/** How a sample relates to the master register, and what the digitization job should therefore do with it. */
public enum Scenario {
    /** ACTIVE entry in force on the as-of date: archived. */
    IN_FORCE(RecordStatus.ARCHIVED, null, RegisterStatus.ACTIVE),
    /** ACTIVE entry whose printed term ended before the as-of date: review, not in force. */
    EXPIRED(RecordStatus.REVIEW, OutcomeReason.NOT_IN_FORCE, RegisterStatus.ACTIVE),
    /** REVOKED entry: review, not in force. */
    REVOKED(RecordStatus.REVIEW, OutcomeReason.NOT_IN_FORCE, RegisterStatus.REVOKED),
    /** SUSPENDED entry: review, not in force. */
    SUSPENDED(RecordStatus.REVIEW, OutcomeReason.NOT_IN_FORCE, RegisterStatus.SUSPENDED),
    /** No register entry at all: review, unmatched. */
    UNMATCHED(RecordStatus.REVIEW, OutcomeReason.UNMATCHED, null),
    /** In force, and the register also holds a number one character away (1234 vs 1284): archived on the exact one. */
    NEAR_DUPLICATE(RecordStatus.ARCHIVED, null, RegisterStatus.ACTIVE),
    /**
     * The printed number is one character away from two register entries and equal to neither
     * (1254 printed; 1234 and 1284 registered, same holder): review, ambiguous.
     */
    AMBIGUOUS(RecordStatus.REVIEW, OutcomeReason.AMBIGUOUS, RegisterStatus.ACTIVE);

    private final RecordStatus expectedStatus;
    private final OutcomeReason expectedReason;
    private final RegisterStatus registerStatus;

    Scenario(RecordStatus expectedStatus, OutcomeReason expectedReason, RegisterStatus registerStatus) {
        this.expectedStatus = expectedStatus;
        this.expectedReason = expectedReason;
        this.registerStatus = registerStatus;
    }

    public RecordStatus expectedStatus() { return expectedStatus; }

    /** Null when the expected status is ARCHIVED. */
    public OutcomeReason expectedReason() { return expectedReason; }

    /** Status of the scan's own register entry; null when it has none. */
    public RegisterStatus registerStatus() { return registerStatus; }
}
