package vn.sogoc.archive.app.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The digitization progress report (báo cáo tiến độ số hóa) as of a date: per field and issuing year,
 * results in force, digitized, signed, in review and not yet scanned; the totals against the plan's
 * target; and the reuse rate of digitized records.
 *
 * @param asOf              the date the figures are for (end of that day)
 * @param rows              one per (field, issuing year), sorted
 * @param total             the sums over all rows
 * @param targetPercent     the plan's target for the as-of year
 * @param unattributedReview scans in review that are not tied to a register entry (no match yet)
 * @param digitizedAll      every digitized register entry (in force or not), the reuse rate's base
 * @param reused            digitized entries with an issued or fetched copy
 * @param reuseTargetPercent the reuse target
 * @param reuseSource       where the reuse figure comes from (or why it is 0)
 * @param dossiers          dossiers received up to the day: how many reuse warehouse data, how many are fully digitized
 */
public record ProgressReport(LocalDate asOf, List<Row> rows, Row total, double targetPercent, long unattributedReview,
                             long digitizedAll, long reused, double reuseTargetPercent, String reuseSource,
                             vn.sogoc.archive.app.dossiers.DossierStatistics.Rates dossiers) {

    /** Figures of one (field, issuing year). */
    public record Row(String field, Integer year, long inForce, long digitized, long signed, long inReview,
                      long notScanned) {

        /** Digitized over in force, in percent (100 when nothing is in force). */
        public double sharePercent() {
            return inForce == 0 ? 100.0 : 100.0 * digitized / inForce;
        }
    }

    /** Reused over digitized, in percent. */
    public double reusePercent() {
        return digitizedAll == 0 ? 0 : 100.0 * reused / digitizedAll;
    }

    /** Whether the share digitized meets the as-of year's target. */
    public boolean onTarget() {
        return total.sharePercent() + 1e-9 >= targetPercent;
    }
}
