package vn.sogoc.archive.app.web.jobs;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.sogoc.archive.app.jobs.JobDetail;
import vn.sogoc.archive.app.jobs.JobHistoryService;
import vn.sogoc.archive.app.jobs.JobSummary;
import vn.sogoc.archive.app.web.ApiException;

/** {@code /api/v1/jobs}: job executions, read-only (ARCHIVIST, AUDITOR); running jobs stays with archive staff on the command line. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs", description = "Lịch sử chạy công việc / job history")
class JobApiController {

    /** Per-record outcomes shown with one execution at most. */
    static final int MAX_OUTCOMES = 1_000;

    private final JobHistoryService jobs;

    JobApiController(JobHistoryService jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "Danh sách lần chạy / list job executions", description = "Newest first, at most 'limit'.")
    List<JobSummary> list(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) throw ApiException.badRequest("limit: 1..500");
        return jobs.list(limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Chi tiết lần chạy / show a job execution",
            description = "Parameters, steps with read/written/skipped/filtered counts, per-record outcomes with reasons, failures.")
    JobDetail show(@PathVariable long id) {
        return jobs.show(id, MAX_OUTCOMES).orElseThrow(() -> ApiException.notFound("lần chạy " + id + " không có / no job execution " + id));
    }
}
