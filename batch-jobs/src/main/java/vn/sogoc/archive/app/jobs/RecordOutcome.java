package vn.sogoc.archive.app.jobs;

import java.time.OffsetDateTime;

/**
 * What a job did with one scan: its status (ARCHIVED, REVIEW, REJECTED), the reason and its detail,
 * the register entry it was matched to, pages, and when.
 */
public record RecordOutcome(String sourceSha256, String source, String status, String reason, String reasonDetail,
                            String registerNo, int pages, OffsetDateTime processedAt) { }
