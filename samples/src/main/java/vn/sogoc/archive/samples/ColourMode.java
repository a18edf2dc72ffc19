package vn.sogoc.archive.samples;

/** How the scanner saved the page: 24-bit colour (red seal kept), 8-bit grey, or 1-bit black and white. */
public enum ColourMode { COLOR, GRAY, BILEVEL }
