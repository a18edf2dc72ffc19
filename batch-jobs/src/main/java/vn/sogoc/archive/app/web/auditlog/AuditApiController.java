package vn.sogoc.archive.app.web.auditlog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.sogoc.archive.app.web.ApiException;

/** {@code GET /api/v1/audit}: the audit trail's entries (AUDITOR). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Nhật ký kiểm tra / audit trail")
class AuditApiController {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Các mục nhật ký / audit entries", description = "Newest first; days are Vietnam time (+07:00), 'to' inclusive.")
    List<AuditLog.Entry> list(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 1000) throw ApiException.badRequest("page ≥ 0, size 1..1000");
        if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("from: sau 'to' / after 'to'");
        return log.list(action, actor, from == null ? null : from.atStartOfDay().atOffset(VIETNAM),
                to == null ? null : to.plusDays(1).atStartOfDay().atOffset(VIETNAM), size, page * size);
    }
}
