package vn.sogoc.archive.app.reports;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.app.dossiers.DossierStatistics;

/**
 * Computes the {@link ProgressReport} from the master register ({@code register_entry}), the scans in
 * review ({@code scan_record}) and the copy register ({@code copy_register}, when it exists). Definitions,
 * all as of the end of the as-of day (Vietnam time):
 * <ul>
 * <li>in force: ACTIVE, issued on or before the day, no expiry or expiring on or after it; born-digital
 *     results are left out (nothing to scan);</li>
 * <li>digitized: in force and digitized by then; signed: digitized with a signature time by then;</li>
 * <li>in review: in force, not digitized, with a scan in the review queue matched to the entry;</li>
 * <li>not yet scanned: the rest;</li>
 * <li>reuse rate: digitized entries (in force or not) with at least one copy issued by a clerk or fetched
 *     by another system (copy_register lines, RECORD_FETCHED audit entries), over all digitized entries.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class ProgressReportService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NO_FIELD = "(chưa phân lĩnh vực / no field)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ProgressSettings settings;
    private final DossierStatistics dossiers;

    public ProgressReportService(JdbcClient jdbc, DataSource dataSource, ProgressSettings settings, DossierStatistics dossiers) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.settings = settings;
    }

    public ProgressReport build(LocalDate asOf) {
        OffsetDateTime end = asOf.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime();
        String inForce = "r.status = 'ACTIVE' AND r.issued_on <= ? AND (r.valid_until IS NULL OR r.valid_until >= ?)"
                + " AND r.born_digital = FALSE";
        String digitized = "(r.digitized = TRUE AND (r.digitized_at IS NULL OR r.digitized_at < ?))";
        List<ProgressReport.Row> rows = jdbc.sql("""
                SELECT r.field, EXTRACT(YEAR FROM r.issued_on) AS y, COUNT(*) AS in_force,
                    SUM(CASE WHEN %2$s THEN 1 ELSE 0 END) AS digitized,
                    SUM(CASE WHEN %2$s AND r.signed_at IS NOT NULL AND r.signed_at < ? THEN 1 ELSE 0 END) AS signed,
                    SUM(CASE WHEN NOT %2$s AND EXISTS (SELECT 1 FROM scan_record s WHERE s.register_no = r.register_no
                        AND s.status = 'REVIEW' AND s.processed_at < ?) THEN 1 ELSE 0 END) AS in_review
                FROM register_entry r WHERE %1$s
                GROUP BY r.field, EXTRACT(YEAR FROM r.issued_on)""".formatted(inForce, digitized))
                .params(end, end, end, end, end, asOf, asOf)
                .query((rs, i) -> {
                    long in = rs.getLong(3), dig = rs.getLong(4), rev = rs.getLong(6);
                    String field = rs.getString(1);
                    return new ProgressReport.Row(field == null || field.isBlank() ? NO_FIELD : field, rs.getInt(2), in, dig,
                            rs.getLong(5), rev, Math.max(0, in - dig - rev));
                }).list();
        rows = new ArrayList<>(rows);
        rows.sort((a, b) -> a.field().compareTo(b.field()) != 0 ? a.field().compareTo(b.field()) : a.year().compareTo(b.year()));
        long in = 0, dig = 0, sig = 0, rev = 0, not = 0;
        for (ProgressReport.Row r : rows) {
            in += r.inForce(); dig += r.digitized(); sig += r.signed(); rev += r.inReview(); not += r.notScanned();
        }
        ProgressReport.Row total = new ProgressReport.Row("TỔNG / TOTAL", null, in, dig, sig, rev, not);
        long unattributed = jdbc.sql("""
                SELECT COUNT(*) FROM scan_record s WHERE s.status = 'REVIEW' AND s.processed_at < ?
                AND (s.register_no IS NULL OR NOT EXISTS (SELECT 1 FROM register_entry r WHERE r.register_no = s.register_no))""")
                .param(end).query(Long.class).single();
        long digitizedAll = jdbc.sql("SELECT COUNT(*) FROM register_entry r WHERE " + digitized).param(end)
                .query(Long.class).single();
        long reused;
        String source;
        Set<String> copyColumns = columns("copy_register");
        String fetched = "EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'RECORD_FETCHED'"
                + " AND a.subject_id = r.register_no AND a.occurred_at < ?)";
        if (copyColumns.contains("register_no")) {
            String copyTime = copyColumns.contains("issued_at") ? " AND c.issued_at < ?" : "";
            String copied = "EXISTS (SELECT 1 FROM copy_register c WHERE c.register_no = r.register_no" + copyTime + ")";
            var q = jdbc.sql("SELECT COUNT(*) FROM register_entry r WHERE " + digitized + " AND (" + copied + " OR " + fetched + ")");
            reused = (copyTime.isEmpty() ? q.params(end, end) : q.params(end, end, end)).query(Long.class).single();
            source = "copy_register + RECORD_FETCHED";
        } else {
            reused = jdbc.sql("SELECT COUNT(*) FROM register_entry r WHERE " + digitized + " AND " + fetched)
                    .params(end, end).query(Long.class).single();
            source = "chưa có sổ cấp bản sao (bảng copy_register) — chỉ tính RECORD_FETCHED / no copy register"
                    + " (copy_register table) yet: RECORD_FETCHED audit entries only";
        }
        return new ProgressReport(asOf, List.copyOf(rows), total, settings.targetFor(asOf.getYear()), unattributed,
                digitizedAll, reused, settings.reuseTarget(), source, dossiers.rates(null, asOf));
    }

    /** The lower-case column names of a table, empty when there is no such table. */
    private Set<String> columns(String table) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData md = c.getMetaData();
            Set<String> cols = new TreeSet<>();
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rs = md.getColumns(null, null, name, null)) {
                    while (rs.next()) cols.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                if (!cols.isEmpty()) break;
            }
            return cols;
        } catch (java.sql.SQLException e) {
            return Set.of();
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
