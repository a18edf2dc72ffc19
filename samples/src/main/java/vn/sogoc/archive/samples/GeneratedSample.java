package vn.sogoc.archive.samples;

import java.nio.file.Path;
import java.util.List;

/**
 * One generated file with its ground truth and the register rows it brings (none when UNMATCHED,
 * two for NEAR_DUPLICATE and AMBIGUOUS).
 */
public record GeneratedSample(Path file, SampleSpec spec, GroundTruth truth, List<RegisterRow> registerRows) { }
