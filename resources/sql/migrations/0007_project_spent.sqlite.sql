-- Each project's spending, kept by a trigger: see 0007_project_spent.postgres.sql.

CREATE TABLE project_spent (
    project_id  INTEGER PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    spent_cents INTEGER NOT NULL
) STRICT;

CREATE TRIGGER trg_ledger_entries_project_spent AFTER INSERT ON ledger_entries
WHEN NEW.project_id IS NOT NULL AND NEW.kind IN ('mapping', 'validation', 'reversal')
BEGIN
    INSERT INTO project_spent (project_id, spent_cents)
    VALUES (NEW.project_id, NEW.amount_cents)
    ON CONFLICT (project_id) DO UPDATE SET spent_cents = spent_cents + excluded.spent_cents;
END;

INSERT INTO project_spent (project_id, spent_cents)
SELECT project_id, SUM(amount_cents) FROM ledger_entries
WHERE project_id IS NOT NULL AND kind IN ('mapping', 'validation', 'reversal')
GROUP BY project_id;
