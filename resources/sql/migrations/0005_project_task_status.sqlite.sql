-- Tasks per project and status, kept by triggers: see 0005_project_task_status.postgres.sql.

CREATE TABLE project_task_status (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    tasks      INTEGER NOT NULL CHECK (tasks >= 0),
    PRIMARY KEY (project_id, status)
) STRICT;

CREATE TRIGGER trg_tasks_status_insert AFTER INSERT ON tasks
BEGIN
    INSERT INTO project_task_status (project_id, status, tasks) VALUES (NEW.project_id, NEW.status, 1)
    ON CONFLICT (project_id, status) DO UPDATE SET tasks = tasks + 1;
END;
CREATE TRIGGER trg_tasks_status_delete AFTER DELETE ON tasks
BEGIN
    UPDATE project_task_status SET tasks = tasks - 1
    WHERE project_id = OLD.project_id AND status = OLD.status;
END;
CREATE TRIGGER trg_tasks_status_update AFTER UPDATE OF status ON tasks
WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE project_task_status SET tasks = tasks - 1
    WHERE project_id = OLD.project_id AND status = OLD.status;
    INSERT INTO project_task_status (project_id, status, tasks) VALUES (NEW.project_id, NEW.status, 1)
    ON CONFLICT (project_id, status) DO UPDATE SET tasks = tasks + 1;
END;

INSERT INTO project_task_status (project_id, status, tasks)
SELECT project_id, status, COUNT(*) FROM tasks WHERE true GROUP BY project_id, status;
