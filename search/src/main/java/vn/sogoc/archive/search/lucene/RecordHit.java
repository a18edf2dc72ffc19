package vn.sogoc.archive.search.lucene;

import java.time.LocalDate;

/**
 * One hit of a {@link RecordSearchRequest}: the record's indexed metadata, its score (NaN when sorted by
 * a field) and a snippet with the matched words marked {@code «…»}.
 */
public record RecordHit(String registerNo, String number, String typeCode, String typeTitle, String holderName,
                        String issuer, String field, String status, LocalDate issuedOn, LocalDate validUntil,
                        float score, String snippet) { }
