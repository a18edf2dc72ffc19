package vn.sogoc.archive.storage.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rules and ASCII encoding for the user metadata stored with an object.
 *
 * <p>S3 user metadata travels as HTTP headers ({@code x-amz-meta-*}): names are case-insensitive
 * and come back lower-case, values must be printable ASCII, and the whole set is limited to 2 KB.
 * So names must be lower-case {@code [a-z0-9-]} (rejected otherwise, never silently changed); any
 * value that is not plain printable ASCII (e.g. Vietnamese text) is stored as an RFC 2047
 * encoded word {@code =?UTF-8?B?...?=} and decoded on read, so values round-trip exactly.
 * The name {@value #SHA256} is reserved for the store.
 */
public final class UserMetadata {

    /** Reserved metadata name holding the object's SHA-256 (upper-case hex). */
    public static final String SHA256 = "sha256";
    /** S3's limit on the total size of user metadata (names and values, as sent). */
    public static final int MAX_TOTAL_BYTES = 2048;

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,126}[a-z0-9])?");
    private static final Pattern PLAIN = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?");
    private static final String PREFIX = "=?UTF-8?B?";
    private static final String SUFFIX = "?=";

    private UserMetadata() { }

    /**
     * Validates the caller's metadata and returns it encoded for S3 (ASCII values), sorted by name,
     * without the reserved entry.
     *
     * @throws IllegalArgumentException naming the offending entry
     */
    public static Map<String, String> encode(Map<String, String> metadata) {
        Map<String, String> encoded = new TreeMap<>();
        int total = SHA256.length() + 64;
        for (Map.Entry<String, String> e : (metadata == null ? Map.<String, String>of() : metadata).entrySet()) {
            String name = e.getKey();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid metadata name \"" + name
                        + "\": use 1-128 lower-case ASCII letters, digits and inner '-'");
            }
            if (name.equals(SHA256)) {
                throw new IllegalArgumentException("Metadata name \"" + SHA256 + "\" is reserved for the store");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("Metadata \"" + name + "\" has a null value");
            }
            String value = encodeValue(e.getValue());
            total += name.length() + value.length();
            encoded.put(name, value);
        }
        if (total > MAX_TOTAL_BYTES) {
            throw new IllegalArgumentException("User metadata too large: " + total
                    + " bytes encoded (with the SHA-256), S3 allows " + MAX_TOTAL_BYTES);
        }
        return encoded;
    }

    /** Decodes metadata read from S3 (names lower-cased, values decoded), without the reserved entry. */
    public static Map<String, String> decode(Map<String, String> stored) {
        Map<String, String> decoded = new TreeMap<>();
        stored.forEach((name, value) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals(SHA256)) decoded.put(lower, decodeValue(value));
        });
        return decoded;
    }

    /** A copy of the caller's metadata in the canonical (sorted, immutable) form stores return. */
    public static Map<String, String> canonical(Map<String, String> metadata) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(metadata == null ? Map.of() : metadata));
    }

    static String encodeValue(String value) {
        if (PLAIN.matcher(value).matches() && !value.startsWith(PREFIX)) {
            return value;
        }
        return PREFIX + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + SUFFIX;
    }

    static String decodeValue(String value) {
        if (value.startsWith(PREFIX) && value.endsWith(SUFFIX) && value.length() >= PREFIX.length() + SUFFIX.length()) {
            String b64 = value.substring(PREFIX.length(), value.length() - SUFFIX.length());
            try {
                return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return value;
            }
        }
        return value;
    }
}
