package vn.sogoc.archive.storage.s3;

import io.minio.errors.ErrorResponseException;

import java.io.IOException;
import java.util.Set;

/** Maps MinIO SDK exceptions to {@link IOException}s that name the operation, bucket and key. */
final class S3Errors {

    static final Set<String> NOT_FOUND = Set.of("NoSuchKey", "NoSuchObject", "NotFound");
    static final String PRECONDITION_FAILED = "PreconditionFailed";

    private S3Errors() { }

    static String code(Exception e) {
        return e instanceof ErrorResponseException ere && ere.errorResponse() != null
                ? ere.errorResponse().code() : null;
    }

    static boolean isNotFound(Exception e) {
        String code = code(e);
        return code != null && NOT_FOUND.contains(code);
    }

    static IOException wrap(String action, String bucket, String key, Exception e) {
        String code = code(e);
        String detail = code != null
                ? code + ": " + ((ErrorResponseException) e).errorResponse().message()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new IOException("S3 " + action + " of \"" + key + "\" in bucket \"" + bucket + "\" failed (" + detail + ")", e);
    }
}
