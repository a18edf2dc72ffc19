package vn.sogoc.archive.app.dossiers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The scorecard's dossier indicators, for the progress report: the reuse rate (dossiers received with at
 * least one component taken from the holder's warehouse, over all dossiers received) and the digitization
 * rate (dossiers whose components are all digitized, over all dossiers received), over a period of
 * reception days (Vietnam time) or all time. Reads {@code dossier} and {@code dossier_component}.
 */
@Service
public class DossierStatistics {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String COUNTS = """
            SELECT COUNT(*),
                   COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_code = d.dossier_code
                                                  AND c.source = 'REUSED') THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_code = d.dossier_code)
                                      AND NOT EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_code = d.dossier_code
                                                      AND c.digitized = FALSE) THEN 1 ELSE 0 END), 0)
            FROM dossier d WHERE d.received_at >= ? AND d.received_at < ?""";

    /**
     * Counts over a period, and the two rates (0 when no dossier was received).
     *
     * @param reusing        dossiers with at least one component reused from the warehouse
     * @param fullyDigitized dossiers whose components are all digitized
     */
    public record Rates(LocalDate from, LocalDate to, int dossiers, int reusing, int fullyDigitized) {

        /** Reusing dossiers over all dossiers, 0–1. */
        public double reuseRate() {
            return dossiers == 0 ? 0 : (double) reusing / dossiers;
        }

        /** Fully digitized dossiers over all dossiers, 0–1. */
        public double digitizationRate() {
            return dossiers == 0 ? 0 : (double) fullyDigitized / dossiers;
        }
    }

    private final JdbcClient jdbc;

    public DossierStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers received from {@code from} to {@code to}, both days included; null bounds are open. */
    public Rates rates(LocalDate from, LocalDate to) {
        OffsetDateTime start = from == null ? OffsetDateTime.parse("1900-01-01T00:00:00Z") : from.atStartOfDay().atOffset(VIETNAM);
        OffsetDateTime end = to == null ? OffsetDateTime.parse("9999-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay().atOffset(VIETNAM);
        return jdbc.sql(COUNTS).params(start, end)
                .query((rs, i) -> new Rates(from, to, rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /** Every dossier ever received. */
    public Rates rates() {
        return rates(null, null);
    }
}
