-- The audit log is append-only: rows may be inserted, never changed or removed, not even by the application's own
-- database user. (H2 has the same rule as a Java trigger, db/vendor/h2.)
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: its rows cannot be changed or deleted (% refused)', tg_op
        using errcode = 'raise_exception';
end;
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
