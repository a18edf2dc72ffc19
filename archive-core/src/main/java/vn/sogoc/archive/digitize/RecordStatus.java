package vn.sogoc.archive.digitize;

/** What became of a processed scan: archived, sent to the review queue, or rejected as not a scan. */
public enum RecordStatus { ARCHIVED, REVIEW, REJECTED }
