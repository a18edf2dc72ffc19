package vn.sogoc.archive.register;

import vn.sogoc.archive.classify.ExtractedMetadata;

/**
 * Finds the master-register entry a scan is the paper of, by number and symbol, tolerant of OCR
 * errors but never choosing between two candidates (port).
 */
public interface RegisterMatcher {

    /**
     * @param metadata what was extracted (number first; holder and dates may confirm)
     * @param text     the full text, for finding a number the extractor missed
     */
    RegisterMatch match(ExtractedMetadata metadata, String typeCode, String text);
}
