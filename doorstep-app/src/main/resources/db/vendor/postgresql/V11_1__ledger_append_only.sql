-- The facility ledger is append-only: corrections are reversing entries, never edits (H2: db/vendor/h2).
create function ledger_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_entry is append-only: correct an entry with a reversing entry (% refused)', tg_op
        using errcode = 'raise_exception';
end;
$$;

create trigger ledger_entry_no_update_or_delete before update or delete on ledger_entry
    for each row execute function ledger_entry_refuse_change();

create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_refuse_change();
