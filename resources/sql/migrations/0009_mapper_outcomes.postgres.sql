-- API.md §3 "U as mapper" (issue #15): of the tasks a person mapped, how many are validated and not
-- in review (`validated_tasks`, `total_tasks_validated`) and how many invalidated — kept per
-- person by a trigger in the statement that changes a task, like task_counts (0003), so the
-- people list reads one row per person instead of counting every task. derivedTotalsDrift
-- (tests/support/SqlSeed) compares it with a count of the tasks after every scenario.

CREATE TABLE mapper_outcomes (
    user_id     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    approved    BIGINT NOT NULL DEFAULT 0 CHECK (approved >= 0),
    invalidated BIGINT NOT NULL DEFAULT 0 CHECK (invalidated >= 0)
);

CREATE FUNCTION mapper_outcomes_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.mapper_user_id IS NOT NULL
       AND (OLD.status = 'INVALIDATED' OR (OLD.status = 'VALIDATED' AND NOT OLD.needs_review)) THEN
        UPDATE mapper_outcomes
        SET approved = approved - CASE WHEN OLD.status = 'VALIDATED' THEN 1 ELSE 0 END,
            invalidated = invalidated - CASE WHEN OLD.status = 'INVALIDATED' THEN 1 ELSE 0 END
        WHERE user_id = OLD.mapper_user_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.mapper_user_id IS NOT NULL
       AND (NEW.status = 'INVALIDATED' OR (NEW.status = 'VALIDATED' AND NOT NEW.needs_review)) THEN
        INSERT INTO mapper_outcomes (user_id, approved, invalidated)
        VALUES (NEW.mapper_user_id, CASE WHEN NEW.status = 'VALIDATED' THEN 1 ELSE 0 END,
                CASE WHEN NEW.status = 'INVALIDATED' THEN 1 ELSE 0 END)
        ON CONFLICT (user_id) DO UPDATE
        SET approved = mapper_outcomes.approved + EXCLUDED.approved,
            invalidated = mapper_outcomes.invalidated + EXCLUDED.invalidated;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_tasks_outcomes_insert_delete AFTER INSERT OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION mapper_outcomes_apply();
CREATE TRIGGER trg_tasks_outcomes_update AFTER UPDATE OF mapper_user_id, status, needs_review ON tasks
    FOR EACH ROW
    WHEN (OLD.mapper_user_id IS DISTINCT FROM NEW.mapper_user_id
          OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.needs_review IS DISTINCT FROM NEW.needs_review)
    EXECUTE FUNCTION mapper_outcomes_apply();

INSERT INTO mapper_outcomes (user_id, approved, invalidated)
SELECT mapper_user_id,
       COUNT(*) FILTER (WHERE status = 'VALIDATED' AND NOT needs_review),
       COUNT(*) FILTER (WHERE status = 'INVALIDATED')
FROM tasks
WHERE mapper_user_id IS NOT NULL
  AND (status = 'INVALIDATED' OR (status = 'VALIDATED' AND NOT needs_review))
GROUP BY mapper_user_id;

-- A project's `payment_due` (API.md §2, §3): the rates of its tasks awaiting validation, a
-- minority of its tasks, read through this index instead of every task of the organisation.
CREATE INDEX idx_tasks_awaiting ON tasks (project_id)
    WHERE status IN ('MAPPED', 'LOCKED_FOR_VALIDATION');
