-- Indexes for the dashboard and people-list reads (issue #3's benchmark, docs/PERFORMANCE.md).
-- The same statements on both engines: SQLite supports expression indexes too.
CREATE INDEX idx_task_events_actor ON task_events (lower(actor_username), action, action_at);
CREATE INDEX idx_task_events_action_at ON task_events (action_at);
CREATE INDEX idx_ledger_entries_org_user ON ledger_entries (org_id, user_id, kind, amount_cents);
