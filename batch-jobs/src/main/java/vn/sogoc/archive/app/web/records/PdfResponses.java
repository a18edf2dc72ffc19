package vn.sogoc.archive.app.web.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF response from a temporary file, deleted once sent; inline (shown in the page) or as an attachment. */
public final class PdfResponses {

    private PdfResponses() { }

    public static ResponseEntity<Resource> pdf(Path tmp, String fileName, boolean inline, String sha256) throws IOException {
        long size = Files.size(tmp);
        Resource body = new InputStreamResource(Files.newInputStream(tmp, StandardOpenOption.DELETE_ON_CLOSE)) {
            @Override
            public long contentLength() {
                return size;
            }
        };
        ContentDisposition cd = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName).build();
        ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, cd.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (sha256 != null) b.header("X-Content-SHA256", sha256);
        return b.body(body);
    }

    /** A file name safe in a header: letters, digits, '-', '_', '.'. */
    public static String fileName(String base) {
        return base.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
