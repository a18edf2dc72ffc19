package vn.sogoc.archive.app.copies;

/** The outcome of verifying a copy: VALID only when every check passed; INVALID when one failed. */
public enum Verdict { VALID, INVALID, INDETERMINATE }
