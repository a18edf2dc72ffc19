package vn.sogoc.archive.app.web.review;

import java.time.LocalDate;

/**
 * Corrections of a review item's metadata by archive staff; null fields stay as they are.
 * {@code registerNo} picks the register entry the scan belongs to.
 */
public record ReviewCorrection(String registerNo, String typeCode, String number, String holderName, String holderId,
                               LocalDate issuedOn, LocalDate validUntil, String issuer) { }
