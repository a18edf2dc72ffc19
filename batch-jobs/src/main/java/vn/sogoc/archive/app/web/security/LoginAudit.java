package vn.sogoc.archive.app.web.security;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/** Records web logins (USER_LOGIN) and failed attempts (LOGIN_FAILED, the name given) in the audit trail. */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void success(InteractiveAuthenticationSuccessEvent e) {
        String name = e.getAuthentication().getName();
        audit.append(new AuditEvent("USER_LOGIN", name, "user", name, null, Map.of()));
    }

    @EventListener
    void failure(AuthenticationFailureBadCredentialsEvent e) {
        String name = String.valueOf(e.getAuthentication().getName());
        if (name.length() > 64) name = name.substring(0, 64);
        audit.append(new AuditEvent("LOGIN_FAILED", "anonymous", "user", name, null, Map.of()));
    }
}
