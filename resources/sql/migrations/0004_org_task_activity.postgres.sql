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
-- Row triggers keep the rollup in the statement that adds or removes an event. They run BEFORE
-- the row changes, so each sees the rows its statement changed earlier and not the later ones:
-- events are placed one at a time between their neighbours, whatever the number of rows in a
-- statement. Tests compare the rollup with a recomputation from the events after every scenario
-- (tests/support/SqlSeed: derivedTotalsDrift).

CREATE TABLE org_task_activity (
    org_id    TEXT NOT NULL REFERENCES orgs (id),
    action    TEXT NOT NULL,
    slot      BIGINT NOT NULL,
    prev_slot BIGINT NOT NULL,
    events    BIGINT NOT NULL CHECK (events >= 0),
    PRIMARY KEY (org_id, action, slot, prev_slot)
);

CREATE FUNCTION activity_slot(at TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT floor(extract(epoch FROM at) / 900)::BIGINT $$;

CREATE FUNCTION org_task_activity_add(org TEXT, act TEXT, at_slot BIGINT, after_slot BIGINT,
                                      delta BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF delta > 0 THEN
        INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
        VALUES (org, act, at_slot, after_slot, delta)
        ON CONFLICT (org_id, action, slot, prev_slot) DO UPDATE
            SET events = org_task_activity.events + EXCLUDED.events;
    ELSE
        UPDATE org_task_activity SET events = events + delta
        WHERE org_id = org AND action = act AND slot = at_slot AND prev_slot = after_slot;
        DELETE FROM org_task_activity
        WHERE org_id = org AND action = act AND slot = at_slot AND prev_slot = after_slot
          AND events = 0;
    END IF;
END;
$$;

-- The neighbours of an event among its task's events of the same action (itself excluded).
CREATE FUNCTION task_event_neighbours(ev task_events, OUT before_at TIMESTAMPTZ,
                                      OUT after_at TIMESTAMPTZ) LANGUAGE plpgsql AS $$
BEGIN
    SELECT e.action_at INTO before_at FROM task_events e
    WHERE e.project_id = ev.project_id AND e.task_id = ev.task_id AND e.action = ev.action
      AND (e.action_at, e.history_id) < (ev.action_at, ev.history_id)
    ORDER BY e.action_at DESC, e.history_id DESC LIMIT 1;
    SELECT e.action_at INTO after_at FROM task_events e
    WHERE e.project_id = ev.project_id AND e.task_id = ev.task_id AND e.action = ev.action
      AND (e.action_at, e.history_id) > (ev.action_at, ev.history_id)
    ORDER BY e.action_at, e.history_id LIMIT 1;
END;
$$;

CREATE FUNCTION org_task_activity_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    org TEXT;
    n RECORD;
BEGIN
    -- Events of one task are added one transaction at a time: the task row is the lock, so the
    -- lookups below see every committed event of the task.
    SELECT p.org_id INTO org FROM tasks t JOIN projects p ON p.id = t.project_id
    WHERE t.project_id = NEW.project_id AND t.task_id = NEW.task_id FOR UPDATE OF t;
    -- An unknown task fails on its foreign key, a replay on its unique key (or is skipped by the
    -- statement's conflict clause): neither counts.
    IF org IS NULL OR EXISTS (SELECT 1 FROM task_events e WHERE e.project_id = NEW.project_id
            AND e.task_id = NEW.task_id AND e.history_id = NEW.history_id) THEN
        RETURN NEW;
    END IF;
    SELECT * INTO n FROM task_event_neighbours(NEW);
    PERFORM org_task_activity_add(org, NEW.action, activity_slot(NEW.action_at),
        COALESCE(activity_slot(n.before_at), -1), 1);
    IF n.after_at IS NOT NULL THEN
        PERFORM org_task_activity_add(org, NEW.action, activity_slot(n.after_at),
            COALESCE(activity_slot(n.before_at), -1), -1);
        PERFORM org_task_activity_add(org, NEW.action, activity_slot(n.after_at),
            activity_slot(NEW.action_at), 1);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_task_events_activity_insert BEFORE INSERT ON task_events
    FOR EACH ROW WHEN (NEW.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED'))
    EXECUTE FUNCTION org_task_activity_insert();

CREATE FUNCTION org_task_activity_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    org TEXT;
    n RECORD;
BEGIN
    SELECT p.org_id INTO org FROM projects p WHERE p.id = OLD.project_id;
    PERFORM 1 FROM tasks t WHERE t.project_id = OLD.project_id AND t.task_id = OLD.task_id
    FOR UPDATE;
    SELECT * INTO n FROM task_event_neighbours(OLD);
    PERFORM org_task_activity_add(org, OLD.action, activity_slot(OLD.action_at),
        COALESCE(activity_slot(n.before_at), -1), -1);
    IF n.after_at IS NOT NULL THEN
        PERFORM org_task_activity_add(org, OLD.action, activity_slot(n.after_at),
            activity_slot(OLD.action_at), -1);
        PERFORM org_task_activity_add(org, OLD.action, activity_slot(n.after_at),
            COALESCE(activity_slot(n.before_at), -1), 1);
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER trg_task_events_activity_delete BEFORE DELETE ON task_events
    FOR EACH ROW WHEN (OLD.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED'))
    EXECUTE FUNCTION org_task_activity_delete();

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
