-- The person's ledger read a page at a time, newest first (UI.md §3.3 Ledger, issue #12): the
-- same statement on both engines.
CREATE INDEX idx_ledger_entries_user_created ON ledger_entries (user_id, created_at, id);
