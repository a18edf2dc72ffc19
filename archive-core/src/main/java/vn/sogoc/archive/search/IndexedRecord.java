package vn.sogoc.archive.search;

import java.time.LocalDate;

/** One archived record as the search index holds it: register metadata plus the full text. */
public record IndexedRecord(String registerNo, String typeCode, String typeTitle, String number, String holderName,
                            String holderId, String issuer, String field, LocalDate issuedOn, LocalDate validUntil,
                            String status, String text, String objectKey, String sha256) { }
