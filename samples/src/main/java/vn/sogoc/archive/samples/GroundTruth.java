package vn.sogoc.archive.samples;

import java.time.LocalDate;
import java.util.List;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;

/**
 * What a sample file really is: the facts printed on it, how it was scanned, the exact text lines
 * printed, and what the digitization job should do with it. One JSON line of {@code ground-truth.jsonl}.
 *
 * @param file              the file name, relative to the scans folder
 * @param number            the number exactly as printed after "Số:"
 * @param holderName        the holder as the register writes it
 * @param holderNamePrinted the holder as printed (sometimes in caps)
 * @param issuer            the issuer as the register names it
 * @param registerNo        the scan's own register entry; null when UNMATCHED or AMBIGUOUS
 * @param registerStatus    status of that entry; null when there is none
 * @param candidates        register numbers of the near entries (AMBIGUOUS: both; NEAR_DUPLICATE: the sibling)
 * @param rotation          degrees the page was turned clockwise (0, 90, 180, 270); turn it back counter-clockwise
 * @param skew              degrees the sheet was rotated on the glass, positive = clockwise; 0 for born-digital
 * @param dpi               resolution of the page images; null for a born-digital PDF
 * @param lines             every printed text line, page after page, in reading order (header left, header
 *                          right, title, body, signer, recipients); the seal's ring text is not included
 * @param pageLineCounts    how many of {@code lines} belong to each page
 * @param expectedReason    null when the expected status is ARCHIVED
 */
public record GroundTruth(String file, String typeCode, String number, String holderName, String holderNamePrinted,
                          String holderId, LocalDate issuedOn, LocalDate validUntil, String issuer, String registerNo,
                          String registerStatus, List<String> candidates, int rotation, double skew, Integer dpi,
                          ColourMode colour, ScanFormat format, int pages, String font, List<String> lines,
                          List<Integer> pageLineCounts, Scenario scenario, RecordStatus expectedStatus,
                          OutcomeReason expectedReason, LocalDate asOf, long seed) {

    /** The lines of one page (0-based). */
    public List<String> pageLines(int page) {
        int from = 0;
        for (int i = 0; i < page; i++) from += pageLineCounts.get(i);
        return lines.subList(from, from + pageLineCounts.get(page));
    }

    /** All printed text, one line per printed line. */
    public String text() { return String.join("\n", lines); }
}
