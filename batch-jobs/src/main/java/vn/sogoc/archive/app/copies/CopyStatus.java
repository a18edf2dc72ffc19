package vn.sogoc.archive.app.copies;

/** State of a line of the copy register: valid, or revoked (with who, why and when). */
public enum CopyStatus { VALID, REVOKED }
