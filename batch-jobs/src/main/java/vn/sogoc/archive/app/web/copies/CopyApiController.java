package vn.sogoc.archive.app.web.copies;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.copies.CopyLine;
import vn.sogoc.archive.app.copies.CopyRegister;
import vn.sogoc.archive.app.copies.CopyService;
import vn.sogoc.archive.app.copies.CopyVerification;
import vn.sogoc.archive.app.copies.VerificationService;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.app.web.records.PdfResponses;

/**
 * {@code /api/v1/copies}: certified electronic copies from the master register. Clerks issue, list and
 * revoke copies; clerks and other systems (SYSTEM) fetch a copy's PDF by its ID and get its verdict.
 */
@RestController
@RequestMapping("/api/v1/copies")
@Tag(name = "copies", description = "Bản sao điện tử từ sổ gốc / certified copies from the master register")
class CopyApiController {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final CopyService copies;
    private final CopyRegister register;
    private final VerificationService verification;
    private final CopyAccess access;

    CopyApiController(CopyService copies, CopyRegister register, VerificationService verification, CopyAccess access) {
        this.copies = copies;
        this.register = register;
        this.verification = verification;
        this.access = access;
    }

    /** Body of an issue request. */
    record IssueRequest(String registerNo, String requester, String purpose) { }

    /** Body of a revocation. */
    record RevocationRequest(String reason) { }

    /** A verdict with its reasons (Vietnamese and English). */
    record VerdictView(String copyId, String verdict, String sha256, CopyLine copy, List<Reason> reasons) { }

    /** One reason of a verdict. */
    record Reason(String code, String weight, String vietnamese, String english) { }

    @PostMapping
    @Operation(summary = "Cấp bản sao / issue a copy", description = "A signed PDF/A copy of the archived record, "
            + "numbered in the copy register; refused (409) when the entry is not digitized or not in force today.")
    ResponseEntity<CopyLine> issue(@RequestBody(required = false) IssueRequest body) throws IOException {
        if (body == null) throw ApiException.badRequest("body: cần registerNo, requester, purpose / registerNo, requester, purpose required");
        CopyLine line = copies.issue(body.registerNo(), body.requester(), body.purpose(), Actors.current()).line();
        return ResponseEntity.created(URI.create("/api/v1/copies/" + line.copyId())).body(line);
    }

    @GetMapping
    @Operation(summary = "Sổ cấp bản sao / the copy register", description = "Copies issued between two days (Vietnam time), newest last.")
    List<CopyLine> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate f = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate t = to == null ? LocalDate.now(VIETNAM) : to;
        if (f.isAfter(t)) throw ApiException.badRequest("from: sau 'to' / after 'to'");
        return register.issuedBetween(f.atStartOfDay().atOffset(VIETNAM), t.plusDays(1).atStartOfDay().atOffset(VIETNAM));
    }

    @GetMapping("/{copyId}")
    @Operation(summary = "Một dòng sổ cấp bản sao / one copy's register line")
    CopyLine show(@PathVariable String copyId) {
        return copies.find(copyId).orElseThrow(() -> ApiException.notFound("không có bản sao / no copy " + shorten(copyId)));
    }

    @GetMapping(value = "/{copyId}/pdf", produces = "application/pdf")
    @Operation(summary = "Tải bản sao theo mã / get a copy's PDF by its ID", description = "SHA-256 checked; audited as COPY_FETCHED with the caller's name.")
    ResponseEntity<Resource> pdf(@PathVariable String copyId) throws IOException {
        CopyAccess.Fetched f = access.fetch(copyId, "api");
        return PdfResponses.pdf(f.file(), PdfResponses.fileName("ban-sao-" + f.line().copyId()), false, f.line().sha256());
    }

    @GetMapping("/{copyId}/verification")
    @Operation(summary = "Kết quả xác minh bản sao / a copy's verification verdict",
            description = "VALID, INVALID or INDETERMINATE with each reason: signatures, trust, revocation, timestamp, copy register, in force.")
    VerdictView verify(@PathVariable String copyId) throws IOException {
        if (copies.find(copyId).isEmpty()) throw ApiException.notFound("không có bản sao / no copy " + shorten(copyId));
        CopyVerification v = verification.verifyStored(copyId);
        return view(copyId, v);
    }

    @PostMapping("/{copyId}/revocation")
    @Operation(summary = "Thu hồi bản sao / revoke a copy", description = "The line stays, marked REVOKED with who, why and when.")
    CopyLine revoke(@PathVariable String copyId, @RequestBody(required = false) RevocationRequest body) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw ApiException.badRequest("reason: hãy ghi lý do thu hồi / a reason is required");
        }
        return copies.revoke(copyId, body.reason(), Actors.current());
    }

    static VerdictView view(String copyId, CopyVerification v) {
        List<Reason> reasons = v.reasons().stream()
                .map(f -> new Reason(f.code(), f.weight().name(), f.vietnamese(), f.english())).toList();
        return new VerdictView(v.line() == null ? copyId : v.line().copyId(), v.verdict().name(), v.sha256(), v.line(), reasons);
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

}
