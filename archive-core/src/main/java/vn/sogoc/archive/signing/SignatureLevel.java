package vn.sogoc.archive.signing;

/** PAdES baseline levels (ETSI EN 319 142-1). */
public enum SignatureLevel { B_B, B_T, B_LT, B_LTA }
