-- An organisation's adjustments, newest first (fetch_org_transactions' `adjustments`, the
-- desktop's payments page): a few hundred rows among an organisation's million ledger entries.
-- Without it PostgreSQL probed every person's entries (12 ms for 200 adjustments among
-- 1,000,000 entries; 0.9 ms with it — docs/PERFORMANCE.md). The same statement on both engines.
CREATE INDEX idx_ledger_entries_org_adjustments ON ledger_entries (org_id, created_at DESC, id DESC)
    WHERE kind = 'adjustment';
