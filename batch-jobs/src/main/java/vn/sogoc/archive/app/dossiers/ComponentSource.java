package vn.sogoc.archive.app.dossiers;

/** Where a dossier component came from: paper scanned at the counter, or the holder's warehouse. */
public enum ComponentSource { SCANNED, REUSED }
