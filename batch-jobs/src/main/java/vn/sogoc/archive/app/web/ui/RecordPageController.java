package vn.sogoc.archive.app.web.ui;

import java.io.IOException;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sogoc.archive.app.web.records.PdfResponses;
import vn.sogoc.archive.app.web.records.RecordDetails;

/** The record page: the register entry beside the archived PDF shown inline, and the form to issue a copy. */
@Controller
class RecordPageController {

    private final RecordDetails records;

    RecordPageController(RecordDetails records) {
        this.records = records;
    }

    @GetMapping("/records/{registerNo}")
    String record(@PathVariable String registerNo, Model model) {
        model.addAttribute("r", records.details(registerNo));
        return "record";
    }

    @GetMapping("/records/{registerNo}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable String registerNo, @RequestParam(defaultValue = "true") boolean inline)
            throws IOException {
        RecordDetails.Fetched f = records.fetchPdf(registerNo, "web");
        return PdfResponses.pdf(f.file(), PdfResponses.fileName(f.registerNo()), inline, f.sha256());
    }
}
