package vn.sogoc.archive.capture.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.tika.Tika;

/** The accepted scan formats, recognised by content (magic bytes), never by the file name alone. */
enum ScanFormat {
    PNG("image/png"), JPEG("image/jpeg"), TIFF("image/tiff"), PDF("application/pdf");

    private static final Tika TIKA = new Tika();

    private final String mediaType;

    ScanFormat(String mediaType) { this.mediaType = mediaType; }

    /** The media type Tika sees in the file's content (no name hint). */
    static String detectMediaType(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TIKA.detect(in);
        }
    }

    static Optional<ScanFormat> of(String mediaType) {
        for (ScanFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
