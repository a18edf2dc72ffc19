package vn.sogoc.archive.app.copies;

import vn.sogoc.archive.register.RegisterEntry;

/**
 * What a copy states about itself, known before its number is: the organisation, the register entry
 * copied, requester, purpose, clerk, the copy id (verification code) and its verification URL, and the
 * letters the copy number will use (book, symbol: their glyphs must be in the embedded font subset).
 */
record CopyFacts(String organisation, String copyId, RegisterEntry entry, String requester, String purpose, String clerk,
                 String verifyUrl, String procedureCode, String legalBasis, String numberGlyphs) { }
