package vn.sogoc.archive.register;

import java.util.List;
import java.util.Optional;

/** Read side of the master register that the digitization pipeline needs (port). */
public interface RegisterLookup {

    Optional<RegisterEntry> findByRegisterNo(String registerNo);

    /** Every entry, for fuzzy matching of OCR'd numbers; implementations may cache. */
    List<RegisterEntry> allEntries();

    /** The SHA-256 of the scan the entry was already digitized from, if it was. */
    Optional<String> digitizedFromSource(String registerNo);
}
