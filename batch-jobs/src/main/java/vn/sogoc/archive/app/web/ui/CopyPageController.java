package vn.sogoc.archive.app.web.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.copies.CopyLine;
import vn.sogoc.archive.app.copies.CopyRefusedException;
import vn.sogoc.archive.app.copies.CopyRegister;
import vn.sogoc.archive.app.copies.CopyService;
import vn.sogoc.archive.app.copies.CopyVerification;
import vn.sogoc.archive.app.copies.VerificationService;
import vn.sogoc.archive.app.web.copies.CopyAccess;
import vn.sogoc.archive.app.web.records.PdfResponses;

/**
 * Copies in the web UI: issue a copy from a record page, the copy's page (download, verify, revoke),
 * the copy register, and the public verification page that a copy's QR code leads to.
 */
@Controller
class CopyPageController {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final CopyService copies;
    private final CopyRegister register;
    private final VerificationService verification;
    private final CopyAccess access;

    CopyPageController(CopyService copies, CopyRegister register, VerificationService verification, CopyAccess access) {
        this.copies = copies;
        this.register = register;
        this.verification = verification;
        this.access = access;
    }

    @PostMapping("/copies")
    String issue(@RequestParam String registerNo, @RequestParam String requester, @RequestParam String purpose)
            throws IOException {
        CopyLine line = copies.issue(registerNo, requester, purpose, Actors.current()).line();
        return "redirect:/copies/" + line.copyId();
    }

    @GetMapping("/copies")
    String list(@RequestParam(required = false) @DateInput.DayFirst LocalDate from,
                @RequestParam(required = false) @DateInput.DayFirst LocalDate to, Model model) {
        LocalDate t = to == null ? LocalDate.now(VIETNAM) : to;
        LocalDate f = from == null ? t.minusDays(30) : from;
        if (f.isAfter(t)) throw new IllegalArgumentException("from: sau 'to' / after 'to'");
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        java.util.List<CopyLine> lines = new java.util.ArrayList<>(register.issuedBetween(f.atStartOfDay().atOffset(VIETNAM),
                t.plusDays(1).atStartOfDay().atOffset(VIETNAM)));
        java.util.Collections.reverse(lines); // newest first
        model.addAttribute("lines", lines);
        return "copies";
    }

    @GetMapping("/copies/{copyId}")
    String show(@PathVariable String copyId, @RequestParam(defaultValue = "false") boolean verify, Model model) throws IOException {
        CopyLine line = copies.find(copyId).orElseThrow(() -> new CopyRefusedException("UNKNOWN_COPY",
                "không có bản sao " + copyId, "no copy " + copyId));
        model.addAttribute("c", line);
        if (verify) model.addAttribute("v", verification.verifyStored(line.copyId()));
        return "copy";
    }

    @GetMapping("/copies/{copyId}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable String copyId) throws IOException {
        CopyAccess.Fetched f = access.fetch(copyId, "web");
        return PdfResponses.pdf(f.file(), PdfResponses.fileName("ban-sao-" + f.line().copyId()), false, f.line().sha256());
    }

    @PostMapping("/copies/{copyId}/revocation")
    String revoke(@PathVariable String copyId, @RequestParam String reason, RedirectAttributes flash) {
        CopyLine line = copies.revoke(copyId, reason, Actors.current());
        flash.addFlashAttribute("flash", line.copyNumber());
        return "redirect:/copies/" + line.copyId();
    }

    /** Public: what the QR code on a copy leads to. Shows the verdict, never the document. */
    @GetMapping("/verify/{code}")
    String verifyPublic(@PathVariable String code, Model model) throws IOException {
        var line = copies.find(code);
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        if (line.isPresent()) {
            CopyVerification v = verification.verifyStored(line.get().copyId());
            model.addAttribute("c", line.get());
            model.addAttribute("v", v);
        }
        return "verify";
    }
}
