package vn.sogoc.archive.app.web.records;

import java.io.IOException;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/records/{registerNo}}: a record's metadata and its archived PDF (CLERK). */
@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "records")
class RecordApiController {

    private final RecordDetails records;

    RecordApiController(RecordDetails records) {
        this.records = records;
    }

    @GetMapping("/{registerNo}")
    @Operation(summary = "Thông tin hồ sơ / record metadata", description = "The register entry, its digitization state and matched scans.")
    RecordDetails.Details details(@PathVariable String registerNo) {
        return records.details(registerNo);
    }

    @GetMapping(value = "/{registerNo}/pdf", produces = "application/pdf")
    @Operation(summary = "Tải bản lưu PDF/A đã ký / download the archived, signed PDF",
            description = "SHA-256 checked against the register before it is sent (header X-Content-SHA256); audited as RECORD_FETCHED.")
    ResponseEntity<Resource> pdf(@PathVariable String registerNo) throws IOException {
        RecordDetails.Fetched f = records.fetchPdf(registerNo, "api");
        return PdfResponses.pdf(f.file(), PdfResponses.fileName(f.registerNo()), false, f.sha256());
    }
}
