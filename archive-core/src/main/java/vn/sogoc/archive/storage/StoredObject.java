package vn.sogoc.archive.storage;

import java.util.Map;

/** An object in the archive store: its key, size, SHA-256 (upper-case hex) and user metadata. */
public record StoredObject(String key, long size, String sha256, Map<String, String> metadata) { }
