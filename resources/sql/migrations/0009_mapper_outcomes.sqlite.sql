-- Of the tasks a person mapped, how many are validated and not in review and how many
-- invalidated, kept by triggers: see 0009_mapper_outcomes.postgres.sql.

CREATE TABLE mapper_outcomes (
    user_id     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    approved    INTEGER NOT NULL DEFAULT 0 CHECK (approved >= 0),
    invalidated INTEGER NOT NULL DEFAULT 0 CHECK (invalidated >= 0)
) STRICT;

CREATE TRIGGER trg_tasks_outcomes_old
AFTER DELETE ON tasks
WHEN OLD.mapper_user_id IS NOT NULL
 AND (OLD.status = 'INVALIDATED' OR (OLD.status = 'VALIDATED' AND OLD.needs_review = 0))
BEGIN
    UPDATE mapper_outcomes
    SET approved = approved - (OLD.status = 'VALIDATED'),
        invalidated = invalidated - (OLD.status = 'INVALIDATED')
    WHERE user_id = OLD.mapper_user_id;
END;
CREATE TRIGGER trg_tasks_outcomes_new
AFTER INSERT ON tasks
WHEN NEW.mapper_user_id IS NOT NULL
 AND (NEW.status = 'INVALIDATED' OR (NEW.status = 'VALIDATED' AND NEW.needs_review = 0))
BEGIN
    INSERT INTO mapper_outcomes (user_id, approved, invalidated)
    VALUES (NEW.mapper_user_id, NEW.status = 'VALIDATED', NEW.status = 'INVALIDATED')
    ON CONFLICT (user_id) DO UPDATE
    SET approved = approved + excluded.approved, invalidated = invalidated + excluded.invalidated;
END;
CREATE TRIGGER trg_tasks_outcomes_changed
AFTER UPDATE OF mapper_user_id, status, needs_review ON tasks
WHEN OLD.mapper_user_id IS NOT NEW.mapper_user_id OR OLD.status IS NOT NEW.status
  OR OLD.needs_review IS NOT NEW.needs_review
BEGIN
    UPDATE mapper_outcomes
    SET approved = approved - (OLD.status = 'VALIDATED' AND OLD.needs_review = 0),
        invalidated = invalidated - (OLD.status = 'INVALIDATED')
    WHERE user_id = OLD.mapper_user_id;
    INSERT INTO mapper_outcomes (user_id, approved, invalidated)
    SELECT NEW.mapper_user_id, NEW.status = 'VALIDATED' AND NEW.needs_review = 0,
           NEW.status = 'INVALIDATED'
    WHERE NEW.mapper_user_id IS NOT NULL
      AND (NEW.status = 'INVALIDATED' OR (NEW.status = 'VALIDATED' AND NEW.needs_review = 0))
    ON CONFLICT (user_id) DO UPDATE
    SET approved = approved + excluded.approved, invalidated = invalidated + excluded.invalidated;
END;

INSERT INTO mapper_outcomes (user_id, approved, invalidated)
SELECT mapper_user_id, SUM(status = 'VALIDATED' AND needs_review = 0), SUM(status = 'INVALIDATED')
FROM tasks
WHERE mapper_user_id IS NOT NULL
  AND (status = 'INVALIDATED' OR (status = 'VALIDATED' AND needs_review = 0))
GROUP BY mapper_user_id;

CREATE INDEX idx_tasks_awaiting ON tasks (project_id)
    WHERE status IN ('MAPPED', 'LOCKED_FOR_VALIDATION');
