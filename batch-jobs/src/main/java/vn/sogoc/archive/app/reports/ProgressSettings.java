package vn.sogoc.archive.app.reports;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The digitization plan ({@code archive.progress.*}): the share of results in force that must be
 * digitized and signed by the end of each year (year → percent; the sector's target is 100% by
 * 31/12/2025 and stays 100% after), and the reuse target (the share of digitized records whose copies
 * are issued or fetched; the sector asks for over 50%).
 */
@ConfigurationProperties("archive.progress")
public record ProgressSettings(Map<Integer, Double> plan, @DefaultValue("50") double reuseTarget) {

    public ProgressSettings {
        plan = plan == null ? new TreeMap<>() : new TreeMap<>(plan);
    }

    /**
     * The target (percent) for the year of {@code asOfYear}: its own entry, else the latest earlier year's
     * (so a plan ending in 2025 still asks for its 2025 share afterwards), else 0.
     */
    public double targetFor(int asOfYear) {
        TreeMap<Integer, Double> p = new TreeMap<>(plan);
        var e = p.floorEntry(asOfYear);
        return e == null ? 0 : e.getValue();
    }
}
