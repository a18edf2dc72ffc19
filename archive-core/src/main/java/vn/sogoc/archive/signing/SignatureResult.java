package vn.sogoc.archive.signing;

import java.time.OffsetDateTime;

/** What was signed: when (the time shown in the appearance, +07:00), at which level, by whom. */
public record SignatureResult(OffsetDateTime signingTime, SignatureLevel level, String signerSubject) { }
