-- Each project's spending (DESIGN.md §3.2 and §4: the credits of its tasks, mapping and
-- validation, reversals included), kept by a trigger in the same transaction as the ledger entry
-- that changes it. ledger_entries is append-only, so spent_cents is exactly the SUM of those
-- entries: project lists and the admin dashboard read one row per project instead of summing
-- the whole ledger (tests/support/SqlSeed: derivedTotalsDrift compares them after every test).

CREATE TABLE project_spent (
    project_id  BIGINT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    spent_cents BIGINT NOT NULL
);

CREATE FUNCTION project_spent_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO project_spent (project_id, spent_cents)
    VALUES (NEW.project_id, NEW.amount_cents)
    ON CONFLICT (project_id) DO UPDATE
        SET spent_cents = project_spent.spent_cents + EXCLUDED.spent_cents;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_ledger_entries_project_spent AFTER INSERT ON ledger_entries
    FOR EACH ROW
    WHEN (NEW.project_id IS NOT NULL AND NEW.kind IN ('mapping', 'validation', 'reversal'))
    EXECUTE FUNCTION project_spent_add();

INSERT INTO project_spent (project_id, spent_cents)
SELECT project_id, SUM(amount_cents) FROM ledger_entries
WHERE project_id IS NOT NULL AND kind IN ('mapping', 'validation', 'reversal')
GROUP BY project_id;
