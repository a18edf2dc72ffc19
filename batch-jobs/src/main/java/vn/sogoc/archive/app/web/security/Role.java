package vn.sogoc.archive.app.web.security;

import java.util.Arrays;
import java.util.Locale;

/**
 * Who may do what (vai trò): archive staff run jobs and clear the review queue, clerks search and issue
 * copies, auditors read jobs and the audit trail, other systems fetch and verify copies by ID.
 */
public enum Role {
    /** Văn thư lưu trữ: jobs, review queue. */
    ARCHIVIST,
    /** Cán bộ một cửa: search, records, issue and export copies. */
    CLERK,
    /** Kiểm tra viên: read jobs and the audit trail only. */
    AUDITOR,
    /** Hệ thống khác: fetch copies by ID, verify them. */
    SYSTEM;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses a role name (any case); IllegalArgumentException naming the valid ones otherwise. */
    public static Role parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("role '" + s + "': expected one of " + Arrays.toString(values()));
        }
    }
}
