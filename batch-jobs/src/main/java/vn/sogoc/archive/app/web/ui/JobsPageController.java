package vn.sogoc.archive.app.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sogoc.archive.app.jobs.JobHistoryService;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.app.web.auditlog.AuditLog;

/** Job history (archive staff, auditors) and the audit trail (auditors), read-only. */
@Controller
class JobsPageController {

    private final JobHistoryService jobs;
    private final AuditLog audit;

    JobsPageController(JobHistoryService jobs, AuditLog audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    @GetMapping("/jobs")
    String list(Model model) {
        model.addAttribute("jobs", jobs.list(100));
        return "jobs";
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("j", jobs.show(id, 500).orElseThrow(() -> ApiException.notFound("lần chạy " + id + " không có / no job execution " + id)));
        return "job";
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.list(null, null, null, null, 200, 0));
        return "audit";
    }
}
