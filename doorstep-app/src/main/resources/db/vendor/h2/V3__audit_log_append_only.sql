-- The audit log is append-only: rows may be inserted, never changed or removed (PostgreSQL: db/vendor/postgresql).
-- H2 runs no triggers on TRUNCATE; the application never truncates.
create trigger audit_log_no_update before update on audit_log for each row
    call 'org.doorstep.app.privacy.AuditLogAppendOnly';
create trigger audit_log_no_delete before delete on audit_log for each row
    call 'org.doorstep.app.privacy.AuditLogAppendOnly';
