package vn.sogoc.archive.app.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the HTTP API as RFC 7807 problem details ({@code application/problem+json}) with a clear
 * message: bad parameters 400, unknown things 404, conflicts 409; an unexpected failure is 500 with a
 * neutral message (the cause goes to the log, never to the caller).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Builds a problem with the archive's type URI for the status. */
    public static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:sogoc:problem:" + status.value()));
        return p;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.getMessage()));
    }

    @ExceptionHandler(vn.sogoc.archive.app.copies.CopyRefusedException.class)
    ResponseEntity<ProblemDetail> copyRefused(vn.sogoc.archive.app.copies.CopyRefusedException e) {
        HttpStatus status = switch (e.code()) {
            case "UNKNOWN_COPY" -> HttpStatus.NOT_FOUND;
            case "BAD_INPUT" -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail p = problem(status, e.vietnamese() + " / " + e.english());
        p.setProperty("code", e.code());
        return ResponseEntity.status(status).body(p);
    }

    @ExceptionHandler({IllegalArgumentException.class, java.time.format.DateTimeParseException.class})
    ResponseEntity<ProblemDetail> badArgument(RuntimeException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                "Tham số không hợp lệ / invalid parameter: " + e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                "Tham số không hợp lệ / invalid parameter '" + e.getName() + "': " + e.getValue()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        throw e; // let Spring Security's handlers answer 401/403
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected API failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống, đã ghi nhật ký / internal error, logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getAllErrors().stream().map(err -> err.getDefaultMessage()).findFirst().orElse("invalid parameter");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ / invalid parameter: " + detail));
    }
}
