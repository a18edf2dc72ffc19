package vn.sogoc.archive.samples;

/** Weight and slant of a printed line; the ordinal indexes {@link FontFamily}'s files. */
public enum TextStyle { REGULAR, BOLD, ITALIC, BOLD_ITALIC }
