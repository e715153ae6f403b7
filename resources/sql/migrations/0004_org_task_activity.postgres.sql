-- The organisation's task activity, rolled up so that "distinct tasks with a MAPPED / VALIDATED /
-- INVALIDATED event" in any window that starts on a quarter hour (every local week and month
-- does: all time zone offsets in use are multiples of 15 minutes) is a sum over a few thousand
-- rows instead of a distinct count over every event of the window (UI.md §2.2, issue #3's
-- 50 ms admin dashboard; docs/DECISIONS.md "Task activity rollup").
--
-- A task counts once in a window [a, b) when one of its events of that action lies in the window
-- and the event before it (same task, same action, ordered by time then history id) does not,
-- that is lies before a. Each event is therefore recorded by its quarter-hour slot and the slot of
-- its predecessor (-1 when it has none); a task counts in [a, b) exactly once, by its first event
-- there, and slots compare with a exactly because a is a slot boundary.
--
-- Triggers keep the rollup in the statement that adds or removes events, for any number of rows:
-- they subtract the affected tasks' contributions before the statement and add them after it.
-- Tests compare it with a recomputation from the events after every scenario
-- (tests/support/SqlSeed: derivedTotalsDrift).

CREATE TABLE org_task_activity (
    org_id    TEXT NOT NULL REFERENCES orgs (id),
    action    TEXT NOT NULL,
    slot      BIGINT NOT NULL,
    prev_slot BIGINT NOT NULL,
    events    BIGINT NOT NULL CHECK (events >= 0),
    PRIMARY KEY (org_id, action, slot, prev_slot)
);
CREATE INDEX idx_org_task_activity_spent ON org_task_activity (org_id) WHERE events = 0;

CREATE FUNCTION activity_slot(at TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT floor(extract(epoch FROM at) / 900)::BIGINT $$;

CREATE FUNCTION org_task_activity_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Events of one task are added one transaction at a time: the task row is the lock, so each
    -- statement below sees every committed event of the tasks it recomputes.
    PERFORM 1 FROM tasks t
    WHERE (t.project_id, t.task_id) IN (SELECT project_id, task_id FROM changed_rows)
    ORDER BY t.project_id, t.task_id FOR UPDATE;

    WITH affected AS (
        SELECT DISTINCT c.project_id, c.task_id, c.action, p.org_id
        FROM changed_rows c JOIN projects p ON p.id = c.project_id
        WHERE c.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')),
    after_rows AS (
        SELECT a.org_id, e.project_id, e.task_id, e.action, e.history_id, e.action_at
        FROM task_events e JOIN affected a USING (project_id, task_id, action)),
    before_rows AS (
        SELECT r.* FROM after_rows r
        WHERE TG_OP = 'DELETE' OR NOT EXISTS (SELECT 1 FROM changed_rows c
            WHERE c.project_id = r.project_id AND c.task_id = r.task_id
              AND c.history_id = r.history_id)
        UNION ALL
        SELECT a.org_id, c.project_id, c.task_id, c.action, c.history_id, c.action_at
        FROM changed_rows c JOIN affected a USING (project_id, task_id, action)
        WHERE TG_OP = 'DELETE'),
    contributions AS (
        SELECT org_id, action, activity_slot(action_at) AS slot,
               COALESCE(activity_slot(LAG(action_at) OVER w), -1) AS prev_slot, 1 AS sign
        FROM after_rows
        WINDOW w AS (PARTITION BY project_id, task_id, action ORDER BY action_at, history_id)
        UNION ALL
        SELECT org_id, action, activity_slot(action_at),
               COALESCE(activity_slot(LAG(action_at) OVER w), -1), -1
        FROM before_rows
        WINDOW w AS (PARTITION BY project_id, task_id, action ORDER BY action_at, history_id)),
    delta AS (
        SELECT org_id, action, slot, prev_slot, SUM(sign) AS events FROM contributions
        GROUP BY org_id, action, slot, prev_slot HAVING SUM(sign) <> 0),
    -- Decrements first (a row's check would refuse a negative insertion before its conflict
    -- is seen); a key is either decremented or incremented, never both.
    decremented AS (
        UPDATE org_task_activity t SET events = t.events + d.events FROM delta d
        WHERE d.events < 0 AND t.org_id = d.org_id AND t.action = d.action AND t.slot = d.slot
          AND t.prev_slot = d.prev_slot)
    INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
    SELECT org_id, action, slot, prev_slot, events FROM delta WHERE events > 0
    ORDER BY org_id, action, slot, prev_slot
    ON CONFLICT (org_id, action, slot, prev_slot) DO UPDATE
        SET events = org_task_activity.events + EXCLUDED.events;

    DELETE FROM org_task_activity WHERE events = 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_task_events_activity_insert AFTER INSERT ON task_events
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION org_task_activity_apply();
CREATE TRIGGER trg_task_events_activity_delete AFTER DELETE ON task_events
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION org_task_activity_apply();

-- A project's events go while the project (and so its organisation) is still there: the cascade
-- from projects would delete them after the project row.
CREATE FUNCTION project_events_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM task_events WHERE project_id = OLD.id;
    RETURN OLD;
END;
$$;
CREATE TRIGGER trg_projects_events_remove BEFORE DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION project_events_remove();

INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
SELECT org_id, action, slot, prev_slot, COUNT(*) FROM (
    SELECT p.org_id, e.action, activity_slot(e.action_at) AS slot,
           COALESCE(activity_slot(LAG(e.action_at) OVER (PARTITION BY e.project_id, e.task_id,
               e.action ORDER BY e.action_at, e.history_id)), -1) AS prev_slot
    FROM task_events e JOIN projects p ON p.id = e.project_id
    WHERE e.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')) s
GROUP BY org_id, action, slot, prev_slot;
