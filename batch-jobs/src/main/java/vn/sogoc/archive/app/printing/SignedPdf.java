package vn.sogoc.archive.app.printing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;

/**
 * Writes a PDF that the organisation signs (reports, printed registers): the content is written to a
 * temporary file beside the target, signed into a second one, which then replaces the target — so the
 * target only ever appears complete and signed; the temporary files are removed in every case.
 */
public final class SignedPdf {

    /** Writes the unsigned PDF (PDF/A-2b, so the signed one is too). */
    @FunctionalInterface
    public interface Content {
        void write(Path unsigned) throws IOException;
    }

    private SignedPdf() { }

    /** Writes {@code content}, signs it with {@code signer} as {@code request} says and puts it at {@code out}. */
    public static SignatureResult write(Path out, Content content, DocumentSigner signer, SignatureRequest request)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path unsigned = Files.createTempFile(dir, ".unsigned-", ".pdf");
        Path signed = dir.resolve(".signed-" + UUID.randomUUID() + ".pdf");
        try {
            content.write(unsigned);
            SignatureResult result = signer.sign(unsigned, signed, request);
            Files.move(signed, target, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(unsigned);
            Files.deleteIfExists(signed);
        }
    }
}
