package vn.sogoc.archive.storage.common;

import java.nio.charset.StandardCharsets;

/**
 * Validation of object keys, shared by every {@code ObjectStore} implementation so that a key
 * accepted by one store is accepted by all.
 *
 * <p>A key is 1 to 1024 UTF-8 bytes of '/'-separated segments; it must not start or end with '/',
 * contain an empty, "." or ".." segment, a segment over 255 UTF-8 bytes, a backslash, or any
 * control character (C0, DEL, C1). These rules keep keys portable to the filesystem backend of the
 * embedded server, where each segment becomes a directory or file name.
 */
public final class ObjectKeys {

    /** Largest key, in UTF-8 bytes (the S3 limit). */
    public static final int MAX_BYTES = 1024;
    /** Largest segment, in UTF-8 bytes (the usual file name limit). */
    public static final int MAX_SEGMENT_BYTES = 255;

    private ObjectKeys() { }

    /**
     * Returns the key unchanged when valid.
     *
     * @throws IllegalArgumentException naming the key and the rule it breaks
     */
    public static String requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("Object key must not be empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw invalid(key, "longer than " + MAX_BYTES + " UTF-8 bytes");
        }
        if (key.startsWith("/") || key.endsWith("/")) {
            throw invalid(key, "starts or ends with '/'");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isISOControl(c)) {
                throw invalid(key, String.format("contains control character U+%04X", (int) c));
            }
            if (c == '\\') {
                throw invalid(key, "contains a backslash");
            }
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(key, "contains an empty, '.' or '..' segment");
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                throw invalid(key, "has a segment longer than " + MAX_SEGMENT_BYTES + " UTF-8 bytes");
            }
        }
        return key;
    }

    private static IllegalArgumentException invalid(String key, String reason) {
        String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        return new IllegalArgumentException("Invalid object key \"" + escape(shown) + "\": " + reason);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> {
            if (Character.isISOControl(c)) b.append(String.format("\\u%04X", c));
            else b.append((char) c);
        });
        return b.toString();
    }
}
