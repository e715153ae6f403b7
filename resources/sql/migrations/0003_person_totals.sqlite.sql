-- Per-person running totals, maintained by triggers: see 0003_person_totals.postgres.sql.

CREATE TABLE ledger_totals (
    org_id       TEXT NOT NULL REFERENCES orgs (id),
    user_id      TEXT NOT NULL REFERENCES users (id),
    kind         TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    entries      INTEGER NOT NULL CHECK (entries > 0),
    PRIMARY KEY (org_id, user_id, kind)
) STRICT;
CREATE INDEX idx_ledger_totals_user ON ledger_totals (user_id);

CREATE TRIGGER trg_ledger_entries_totals AFTER INSERT ON ledger_entries
BEGIN
    INSERT INTO ledger_totals (org_id, user_id, kind, amount_cents, entries)
    VALUES (NEW.org_id, NEW.user_id, NEW.kind, NEW.amount_cents, 1)
    ON CONFLICT (org_id, user_id, kind) DO UPDATE
        SET amount_cents = amount_cents + excluded.amount_cents, entries = entries + 1;
END;

INSERT INTO ledger_totals (org_id, user_id, kind, amount_cents, entries)
SELECT org_id, user_id, kind, SUM(amount_cents), COUNT(*) FROM ledger_entries
WHERE true GROUP BY org_id, user_id, kind;

CREATE TABLE task_counts (
    user_id   TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    mapped    INTEGER NOT NULL DEFAULT 0 CHECK (mapped >= 0),
    validated INTEGER NOT NULL DEFAULT 0 CHECK (validated >= 0)
) STRICT;

CREATE TRIGGER trg_tasks_counts_old_mapper
AFTER DELETE ON tasks WHEN OLD.mapper_user_id IS NOT NULL
BEGIN
    UPDATE task_counts SET mapped = mapped - 1 WHERE user_id = OLD.mapper_user_id;
END;
CREATE TRIGGER trg_tasks_counts_old_validator
AFTER DELETE ON tasks WHEN OLD.validator_user_id IS NOT NULL
BEGIN
    UPDATE task_counts SET validated = validated - 1 WHERE user_id = OLD.validator_user_id;
END;
CREATE TRIGGER trg_tasks_counts_new_mapper
AFTER INSERT ON tasks WHEN NEW.mapper_user_id IS NOT NULL
BEGIN
    INSERT INTO task_counts (user_id, mapped) VALUES (NEW.mapper_user_id, 1)
    ON CONFLICT (user_id) DO UPDATE SET mapped = mapped + 1;
END;
CREATE TRIGGER trg_tasks_counts_new_validator
AFTER INSERT ON tasks WHEN NEW.validator_user_id IS NOT NULL
BEGIN
    INSERT INTO task_counts (user_id, validated) VALUES (NEW.validator_user_id, 1)
    ON CONFLICT (user_id) DO UPDATE SET validated = validated + 1;
END;
CREATE TRIGGER trg_tasks_counts_mapper_changed
AFTER UPDATE OF mapper_user_id ON tasks WHEN OLD.mapper_user_id IS NOT NEW.mapper_user_id
BEGIN
    UPDATE task_counts SET mapped = mapped - 1 WHERE user_id = OLD.mapper_user_id;
    INSERT INTO task_counts (user_id, mapped) SELECT NEW.mapper_user_id, 1
    WHERE NEW.mapper_user_id IS NOT NULL
    ON CONFLICT (user_id) DO UPDATE SET mapped = mapped + 1;
END;
CREATE TRIGGER trg_tasks_counts_validator_changed
AFTER UPDATE OF validator_user_id ON tasks WHEN OLD.validator_user_id IS NOT NEW.validator_user_id
BEGIN
    UPDATE task_counts SET validated = validated - 1 WHERE user_id = OLD.validator_user_id;
    INSERT INTO task_counts (user_id, validated) SELECT NEW.validator_user_id, 1
    WHERE NEW.validator_user_id IS NOT NULL
    ON CONFLICT (user_id) DO UPDATE SET validated = validated + 1;
END;

INSERT INTO task_counts (user_id, mapped, validated)
SELECT user_id, SUM(mapped), SUM(validated) FROM (
    SELECT mapper_user_id AS user_id, COUNT(*) AS mapped, 0 AS validated FROM tasks
    WHERE mapper_user_id IS NOT NULL GROUP BY mapper_user_id
    UNION ALL
    SELECT validator_user_id, 0, COUNT(*) FROM tasks
    WHERE validator_user_id IS NOT NULL GROUP BY validator_user_id)
WHERE true GROUP BY user_id;
