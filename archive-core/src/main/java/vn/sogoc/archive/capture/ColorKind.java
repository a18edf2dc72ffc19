package vn.sogoc.archive.capture;

/** How a scanned page is coloured; decides how it is compressed in the archival PDF. */
public enum ColorKind { BILEVEL, GRAY, COLOR }
