package vn.sogoc.archive.search;

/** A search result: the record's key fields, its score and a snippet of matching text. */
public record SearchHit(String registerNo, String number, String typeCode, String holderName, float score,
                        String snippet) { }
