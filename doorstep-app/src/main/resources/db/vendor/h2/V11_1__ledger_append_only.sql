-- The facility ledger is append-only (PostgreSQL: db/vendor/postgresql). H2 runs no triggers on TRUNCATE.
create trigger ledger_entry_no_update before update on ledger_entry for each row
    call 'org.doorstep.app.ledger.LedgerAppendOnly';
create trigger ledger_entry_no_delete before delete on ledger_entry for each row
    call 'org.doorstep.app.ledger.LedgerAppendOnly';
