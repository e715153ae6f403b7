-- The organisation's task activity rollup: see 0004_org_task_activity.postgres.sql.
-- SQLite runs row triggers one row at a time, so each event is placed between its neighbours
-- (same task, same action, ordered by time then history id): it counts after its predecessor,
-- and its successor, which counted after that predecessor, now counts after it. Removing an
-- event undoes exactly that. A slot is the quarter hour: strftime('%s') / 900.

CREATE TABLE org_task_activity (
    org_id    TEXT NOT NULL REFERENCES orgs (id),
    action    TEXT NOT NULL,
    slot      INTEGER NOT NULL,
    prev_slot INTEGER NOT NULL,
    events    INTEGER NOT NULL CHECK (events >= 0),
    PRIMARY KEY (org_id, action, slot, prev_slot)
) STRICT;
CREATE INDEX idx_org_task_activity_spent ON org_task_activity (org_id) WHERE events = 0;

CREATE TRIGGER trg_task_events_activity_insert AFTER INSERT ON task_events
WHEN NEW.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')
BEGIN
    -- The successor moves from after NEW's predecessor to after NEW.
    UPDATE org_task_activity SET events = events - 1
    WHERE org_id = (SELECT org_id FROM projects WHERE id = NEW.project_id)
      AND action = NEW.action
      AND slot = (SELECT CAST(strftime('%s', e.action_at) AS INTEGER) / 900 FROM task_events e
          WHERE e.project_id = NEW.project_id AND e.task_id = NEW.task_id AND e.action = NEW.action
            AND (e.action_at > NEW.action_at
                 OR (e.action_at = NEW.action_at AND e.history_id > NEW.history_id))
          ORDER BY e.action_at, e.history_id LIMIT 1)
      AND prev_slot = COALESCE((SELECT CAST(strftime('%s', e.action_at) AS INTEGER) / 900
          FROM task_events e
          WHERE e.project_id = NEW.project_id AND e.task_id = NEW.task_id AND e.action = NEW.action
            AND (e.action_at < NEW.action_at
                 OR (e.action_at = NEW.action_at AND e.history_id < NEW.history_id))
          ORDER BY e.action_at DESC, e.history_id DESC LIMIT 1), -1);
    INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
    SELECT p.org_id, NEW.action, CAST(strftime('%s', e.action_at) AS INTEGER) / 900,
           CAST(strftime('%s', NEW.action_at) AS INTEGER) / 900, 1
    FROM projects p, task_events e
    WHERE p.id = NEW.project_id AND e.id = (SELECT n.id FROM task_events n
          WHERE n.project_id = NEW.project_id AND n.task_id = NEW.task_id AND n.action = NEW.action
            AND (n.action_at > NEW.action_at
                 OR (n.action_at = NEW.action_at AND n.history_id > NEW.history_id))
          ORDER BY n.action_at, n.history_id LIMIT 1)
    ON CONFLICT (org_id, action, slot, prev_slot) DO UPDATE SET events = events + 1;
    -- NEW counts after its predecessor.
    INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
    SELECT p.org_id, NEW.action, CAST(strftime('%s', NEW.action_at) AS INTEGER) / 900,
           COALESCE((SELECT CAST(strftime('%s', e.action_at) AS INTEGER) / 900 FROM task_events e
               WHERE e.project_id = NEW.project_id AND e.task_id = NEW.task_id
                 AND e.action = NEW.action
                 AND (e.action_at < NEW.action_at
                      OR (e.action_at = NEW.action_at AND e.history_id < NEW.history_id))
               ORDER BY e.action_at DESC, e.history_id DESC LIMIT 1), -1), 1
    FROM projects p WHERE p.id = NEW.project_id
    ON CONFLICT (org_id, action, slot, prev_slot) DO UPDATE SET events = events + 1;
    DELETE FROM org_task_activity WHERE events = 0;
END;

CREATE TRIGGER trg_task_events_activity_delete AFTER DELETE ON task_events
WHEN OLD.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')
BEGIN
    -- OLD no longer counts after its predecessor.
    UPDATE org_task_activity SET events = events - 1
    WHERE org_id = (SELECT org_id FROM projects WHERE id = OLD.project_id)
      AND action = OLD.action
      AND slot = CAST(strftime('%s', OLD.action_at) AS INTEGER) / 900
      AND prev_slot = COALESCE((SELECT CAST(strftime('%s', e.action_at) AS INTEGER) / 900
          FROM task_events e
          WHERE e.project_id = OLD.project_id AND e.task_id = OLD.task_id AND e.action = OLD.action
            AND (e.action_at < OLD.action_at
                 OR (e.action_at = OLD.action_at AND e.history_id < OLD.history_id))
          ORDER BY e.action_at DESC, e.history_id DESC LIMIT 1), -1);
    -- The successor moves from after OLD to after OLD's predecessor.
    UPDATE org_task_activity SET events = events - 1
    WHERE org_id = (SELECT org_id FROM projects WHERE id = OLD.project_id)
      AND action = OLD.action
      AND slot = (SELECT CAST(strftime('%s', e.action_at) AS INTEGER) / 900 FROM task_events e
          WHERE e.project_id = OLD.project_id AND e.task_id = OLD.task_id AND e.action = OLD.action
            AND (e.action_at > OLD.action_at
                 OR (e.action_at = OLD.action_at AND e.history_id > OLD.history_id))
          ORDER BY e.action_at, e.history_id LIMIT 1)
      AND prev_slot = CAST(strftime('%s', OLD.action_at) AS INTEGER) / 900;
    INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
    SELECT p.org_id, OLD.action, CAST(strftime('%s', e.action_at) AS INTEGER) / 900,
           COALESCE((SELECT CAST(strftime('%s', b.action_at) AS INTEGER) / 900 FROM task_events b
               WHERE b.project_id = OLD.project_id AND b.task_id = OLD.task_id
                 AND b.action = OLD.action
                 AND (b.action_at < OLD.action_at
                      OR (b.action_at = OLD.action_at AND b.history_id < OLD.history_id))
               ORDER BY b.action_at DESC, b.history_id DESC LIMIT 1), -1), 1
    FROM projects p, task_events e
    WHERE p.id = OLD.project_id AND e.id = (SELECT n.id FROM task_events n
          WHERE n.project_id = OLD.project_id AND n.task_id = OLD.task_id AND n.action = OLD.action
            AND (n.action_at > OLD.action_at
                 OR (n.action_at = OLD.action_at AND n.history_id > OLD.history_id))
          ORDER BY n.action_at, n.history_id LIMIT 1)
    ON CONFLICT (org_id, action, slot, prev_slot) DO UPDATE SET events = events + 1;
    DELETE FROM org_task_activity WHERE events = 0;
END;

-- A project's events go while the project (and so its organisation) is still there.
CREATE TRIGGER trg_projects_events_remove BEFORE DELETE ON projects
BEGIN
    DELETE FROM task_events WHERE project_id = OLD.id;
END;

INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
SELECT org_id, action, slot, prev_slot, COUNT(*) FROM (
    SELECT p.org_id, e.action, CAST(strftime('%s', e.action_at) AS INTEGER) / 900 AS slot,
           COALESCE(CAST(strftime('%s', LAG(e.action_at) OVER (PARTITION BY e.project_id,
               e.task_id, e.action ORDER BY e.action_at, e.history_id)) AS INTEGER) / 900, -1)
               AS prev_slot
    FROM task_events e JOIN projects p ON p.id = e.project_id
    WHERE e.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')) s
WHERE true GROUP BY org_id, action, slot, prev_slot;
