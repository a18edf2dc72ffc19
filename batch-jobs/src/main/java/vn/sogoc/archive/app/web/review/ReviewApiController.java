package vn.sogoc.archive.app.web.review;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.app.web.records.PdfResponses;
import vn.sogoc.archive.register.RegisterEntry;

/** {@code /api/v1/review}: the review queue for archive staff (ARCHIVIST). */
@RestController
@RequestMapping("/api/v1/review")
@Tag(name = "review", description = "Hàng đợi xem xét / review queue")
class ReviewApiController {

    private final ReviewQueue queue;
    private final ReviewService review;

    ReviewApiController(ReviewQueue queue, ReviewService review) {
        this.queue = queue;
        this.review = review;
    }

    /** A page of the queue. */
    record QueuePage(int total, List<ReviewItem> items) { }

    /** An item with the register entries that could be its own. */
    record ItemView(ReviewItem item, List<RegisterEntry> candidates) { }

    /** Body of an approval: the register entry to archive the scan under (optional when already matched). */
    record ApprovalRequest(String registerNo) { }

    /** Body of a rejection: why. */
    record RejectionRequest(String reason) { }

    @GetMapping
    @Operation(summary = "Danh sách chờ xem xét / list the review queue", description = "Items with their reasons, oldest first.")
    QueuePage list(@RequestParam(required = false) String reason, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) throw ApiException.badRequest("page ≥ 0, size 1..200");
        return new QueuePage(queue.count(), queue.list(reason, size, page * size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bản quét chờ xem xét / one review item", description = "With the extracted text and candidate register entries.")
    ItemView item(@PathVariable String id) {
        ReviewItem item = queue.find(id).orElseThrow(() -> ApiException.notFound(id + ": không có / no such scan"));
        return new ItemView(item, queue.candidates(item));
    }

    @GetMapping(value = "/{id}/scan", produces = "application/pdf")
    @Operation(summary = "Bản PDF của bản quét / the scan as a searchable PDF (unsigned)")
    ResponseEntity<Resource> scan(@PathVariable String id) throws IOException {
        return PdfResponses.pdf(review.scanPdf(id), PdfResponses.fileName("scan-" + id.substring(0, Math.min(12, id.length()))), true, null);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Sửa thông tin hoặc chọn mục sổ gốc / correct metadata or pick the register entry")
    ReviewItem correct(@PathVariable String id, @RequestBody ReviewCorrection correction) {
        if (correction == null) throw ApiException.badRequest("body: thiếu nội dung / missing");
        return review.correct(id, correction);
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Duyệt: ký, lưu, lập chỉ mục / approve: sign, store, index")
    ReviewService.Approval approve(@PathVariable String id, @RequestBody(required = false) ApprovalRequest body) throws IOException {
        return review.approve(id, body == null ? null : body.registerNo());
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Từ chối kèm lý do / reject with a reason")
    ReviewItem reject(@PathVariable String id, @RequestBody(required = false) RejectionRequest body) {
        return review.reject(id, body == null ? null : body.reason());
    }

    @GetMapping("/reasons")
    @Operation(summary = "Số bản quét theo lý do / counts by reason")
    Map<String, Integer> reasons() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        queue.list(null, 10_000, 0).forEach(i -> out.merge(String.valueOf(i.reason()), 1, Integer::sum));
        return out;
    }
}
