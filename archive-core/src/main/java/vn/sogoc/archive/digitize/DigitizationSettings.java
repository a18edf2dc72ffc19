package vn.sogoc.archive.digitize;

import vn.sogoc.archive.signing.SignatureLevel;

/**
 * Settings of the digitization pipeline.
 *
 * @param organisation   the archiving organisation's name, shown in the "SAO Y" signature appearance
 * @param signatureLabel the appearance's label ("SAO Y" for paper-to-electronic copies, Decree 30/2020)
 * @param maxPages       scans with more pages go to review (TOO_LARGE) instead of being processed
 */
public record DigitizationSettings(String organisation, String signatureLabel, SignatureLevel signatureLevel,
                                   int maxPages) { }
