package vn.sogoc.archive.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated set: the scans, the full register (the scans' rows plus entries not yet digitized),
 * and where the register CSV and the ground-truth JSON Lines were written.
 */
public record SampleSet(List<GeneratedSample> samples, List<RegisterRow> register, Path scansDir, Path registerCsv,
                        Path groundTruth, LocalDate asOf) {

    public List<GroundTruth> truths() { return samples.stream().map(GeneratedSample::truth).toList(); }
}
