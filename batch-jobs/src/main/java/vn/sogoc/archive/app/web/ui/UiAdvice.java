package vn.sogoc.archive.app.web.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;
import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.copies.CopyRefusedException;
import vn.sogoc.archive.app.web.ApiException;

/**
 * For every page of the web UI: whether this is a demo home (the DEMO banner), and errors shown as a
 * page with a clear message (never a stack trace).
 */
@ControllerAdvice(basePackageClasses = UiAdvice.class)
class UiAdvice {

    private static final Logger log = LoggerFactory.getLogger(UiAdvice.class);
    private final ArchiveProperties properties;

    UiAdvice(ArchiveProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return properties.signing().demo();
    }

    /** The {@code pattern} of the date text inputs ({@link DateInput#HTML_PATTERN}). */
    @ModelAttribute("datePattern")
    String datePattern() {
        return DateInput.HTML_PATTERN;
    }

    @ExceptionHandler(ApiException.class)
    String api(ApiException e, Model model, HttpServletResponse response) {
        return page(e.status(), e.getMessage(), model, response);
    }

    @ExceptionHandler(CopyRefusedException.class)
    String copy(CopyRefusedException e, Model model, HttpServletResponse response) {
        return page("UNKNOWN_COPY".equals(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                e.vietnamese() + " / " + e.english(), model, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    String bad(Exception e, Model model, HttpServletResponse response) {
        String m = e instanceof MethodArgumentTypeMismatchException t
                ? t.getName() + " " + reason(t) : e.getMessage();
        return page(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ / invalid parameter: " + m, model, response);
    }

    /** The converter's own reason (e.g. {@link DateInput}'s) when it gave one, else the refused value. */
    private static String reason(MethodArgumentTypeMismatchException t) {
        Throwable root = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(t);
        return root instanceof IllegalArgumentException && root != t && root.getMessage() != null
                ? root.getMessage() : "'" + t.getValue() + "'";
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected web UI failure", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống, đã ghi nhật ký / internal error, logged", model, response);
    }

    private String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        model.addAttribute("demoMode", properties.signing().demo());
        return "error-page";
    }
}
