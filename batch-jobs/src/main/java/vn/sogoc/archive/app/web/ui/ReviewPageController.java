package vn.sogoc.archive.app.web.ui;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.app.web.records.PdfResponses;
import vn.sogoc.archive.app.web.review.ReviewCorrection;
import vn.sogoc.archive.app.web.review.ReviewItem;
import vn.sogoc.archive.app.web.review.ReviewQueue;
import vn.sogoc.archive.app.web.review.ReviewService;

/** The review queue for archive staff: the list with reasons, and each scan beside its extracted fields. */
@Controller
class ReviewPageController {

    private final ReviewQueue queue;
    private final ReviewService review;

    ReviewPageController(ReviewQueue queue, ReviewService review) {
        this.queue = queue;
        this.review = review;
    }

    @GetMapping("/review")
    String list(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("count", queue.count());
        model.addAttribute("items", queue.list(reason, 200, 0));
        return "review-list";
    }

    @GetMapping("/review/{id}")
    String item(@PathVariable String id, Model model) {
        ReviewItem item = queue.find(id).orElseThrow(() -> ApiException.notFound(id + ": không có / no such scan"));
        model.addAttribute("i", item);
        model.addAttribute("candidates", queue.candidates(item));
        return "review-item";
    }

    @GetMapping("/review/{id}/scan")
    ResponseEntity<Resource> scan(@PathVariable String id) throws IOException {
        return PdfResponses.pdf(review.scanPdf(id), "scan.pdf", true, null);
    }

    @PostMapping("/review/{id}")
    String correct(@PathVariable String id, @RequestParam(required = false) String registerNo,
                   @RequestParam(required = false) String typeCode, @RequestParam(required = false) String number,
                   @RequestParam(required = false) String holderName, @RequestParam(required = false) String holderId,
                   @RequestParam(required = false) @DateInput.DayFirst LocalDate issuedOn,
                   @RequestParam(required = false) @DateInput.DayFirst LocalDate validUntil,
                   @RequestParam(required = false) String issuer, RedirectAttributes flash) {
        review.correct(id, new ReviewCorrection(registerNo, typeCode, number, holderName, holderId, issuedOn, validUntil, issuer));
        flash.addFlashAttribute("flash", "saved");
        return "redirect:/review/" + id;
    }

    @PostMapping("/review/{id}/approval")
    String approve(@PathVariable String id, @RequestParam(required = false) String registerNo, RedirectAttributes flash)
            throws IOException {
        ReviewService.Approval a = review.approve(id, registerNo);
        flash.addFlashAttribute("approved", a.registerNo());
        return "redirect:/review";
    }

    @PostMapping("/review/{id}/rejection")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        review.reject(id, reason);
        flash.addFlashAttribute("rejected", true);
        return "redirect:/review";
    }
}
