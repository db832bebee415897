package org.doorstep.app.privacy;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The audit log for administrators: who touched whose personal data. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog auditLog;
    private final AccessScopes scopes;

    AuditController(AuditLog auditLog, AccessScopes scopes) {
        this.auditLog = auditLog;
        this.scopes = scopes;
    }

    /** Entries newest first; {@code from} and {@code to} are ISO dates (China Standard Time), both included. */
    @GetMapping
    List<AuditEntry> listEntries(
            @RequestParam(required = false) @Nullable String subjectKind,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        AuditQuery query;
        try {
            query = new AuditQuery(subjectKind, subjectId, actor, from, to, page, size);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
        return auditLog.listEntries(scopes.current(), query);
    }
}
