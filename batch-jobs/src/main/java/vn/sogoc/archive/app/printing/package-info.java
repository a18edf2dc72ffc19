/**
 * Printed pages drawn with PDFBox: the embedded Tinos font (metric-compatible with Times New Roman, every
 * Vietnamese letter) and the word-wrapping text layout shared by the copy's certification page, the
 * certification statement (lời chứng) and the printed registers.
 */
package vn.sogoc.archive.app.printing;
