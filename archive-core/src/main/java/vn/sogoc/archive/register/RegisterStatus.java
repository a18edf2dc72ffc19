package vn.sogoc.archive.register;

/** Status of a master-register entry (trạng thái trong sổ gốc). */
public enum RegisterStatus { ACTIVE, REVOKED, SUSPENDED, REPLACED }
