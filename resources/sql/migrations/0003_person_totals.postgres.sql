-- Per-person running totals for the org-wide reads (people list, payments overview, admin
-- dashboard), maintained by triggers in the same transaction as the row that changes them, so
-- they are never free-floating (DESIGN.md §3.2): ledger_entries is append-only, so each total
-- is exactly SUM(amount_cents) of that person's entries of that kind; task_counts is exactly the
-- number of tasks whose mapper / validator is that person. Tests compare them with the sums
-- after every scenario (tests/support/SqlSeed: verifyPersonTotals).

CREATE TABLE ledger_totals (
    org_id       TEXT NOT NULL REFERENCES orgs (id),
    user_id      TEXT NOT NULL REFERENCES users (id),
    kind         TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    entries      BIGINT NOT NULL CHECK (entries > 0),
    PRIMARY KEY (org_id, user_id, kind)
);
CREATE INDEX idx_ledger_totals_user ON ledger_totals (user_id);

CREATE FUNCTION ledger_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger_totals (org_id, user_id, kind, amount_cents, entries)
    VALUES (NEW.org_id, NEW.user_id, NEW.kind, NEW.amount_cents, 1)
    ON CONFLICT (org_id, user_id, kind) DO UPDATE
        SET amount_cents = ledger_totals.amount_cents + EXCLUDED.amount_cents,
            entries = ledger_totals.entries + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_ledger_entries_totals AFTER INSERT ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_totals_add();

INSERT INTO ledger_totals (org_id, user_id, kind, amount_cents, entries)
SELECT org_id, user_id, kind, SUM(amount_cents), COUNT(*) FROM ledger_entries
GROUP BY org_id, user_id, kind;

CREATE TABLE task_counts (
    user_id   TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    mapped    BIGINT NOT NULL DEFAULT 0 CHECK (mapped >= 0),
    validated BIGINT NOT NULL DEFAULT 0 CHECK (validated >= 0)
);

CREATE FUNCTION task_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE task_counts SET mapped = mapped - 1 WHERE user_id = OLD.mapper_user_id;
        UPDATE task_counts SET validated = validated - 1 WHERE user_id = OLD.validator_user_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        IF NEW.mapper_user_id IS NOT NULL THEN
            INSERT INTO task_counts (user_id, mapped) VALUES (NEW.mapper_user_id, 1)
            ON CONFLICT (user_id) DO UPDATE SET mapped = task_counts.mapped + 1;
        END IF;
        IF NEW.validator_user_id IS NOT NULL THEN
            INSERT INTO task_counts (user_id, validated) VALUES (NEW.validator_user_id, 1)
            ON CONFLICT (user_id) DO UPDATE SET validated = task_counts.validated + 1;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_tasks_counts_insert_delete AFTER INSERT OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION task_counts_apply();
CREATE TRIGGER trg_tasks_counts_update AFTER UPDATE OF mapper_user_id, validator_user_id ON tasks
    FOR EACH ROW
    WHEN (OLD.mapper_user_id IS DISTINCT FROM NEW.mapper_user_id
          OR OLD.validator_user_id IS DISTINCT FROM NEW.validator_user_id)
    EXECUTE FUNCTION task_counts_apply();

INSERT INTO task_counts (user_id, mapped, validated)
SELECT user_id, SUM(mapped), SUM(validated) FROM (
    SELECT mapper_user_id AS user_id, COUNT(*) AS mapped, 0 AS validated FROM tasks
    WHERE mapper_user_id IS NOT NULL GROUP BY mapper_user_id
    UNION ALL
    SELECT validator_user_id, 0, COUNT(*) FROM tasks
    WHERE validator_user_id IS NOT NULL GROUP BY validator_user_id) c
GROUP BY user_id;
