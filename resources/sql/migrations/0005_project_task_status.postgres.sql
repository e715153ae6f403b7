-- Tasks per project and status, kept by triggers in the statement that inserts, deletes or
-- re-statuses a task, so the project lists and the admin dashboard read a few rows per project
-- instead of counting every task (issue #3's benchmark: 500,000 tasks). A status a project no
-- longer has keeps its row at 0 (one statement less per change; a few rows per project). Tests compare it with a
-- count of the tasks after every scenario (tests/support/SqlSeed: derivedTotalsDrift).

CREATE TABLE project_task_status (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    tasks      BIGINT NOT NULL CHECK (tasks >= 0),
    PRIMARY KEY (project_id, status)
);

CREATE FUNCTION project_task_status_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE project_task_status SET tasks = tasks - 1
        WHERE project_id = OLD.project_id AND status = OLD.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO project_task_status (project_id, status, tasks)
        VALUES (NEW.project_id, NEW.status, 1)
        ON CONFLICT (project_id, status) DO UPDATE SET tasks = project_task_status.tasks + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_tasks_status_insert_delete AFTER INSERT OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION project_task_status_apply();
CREATE TRIGGER trg_tasks_status_update AFTER UPDATE OF status ON tasks
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION project_task_status_apply();

INSERT INTO project_task_status (project_id, status, tasks)
SELECT project_id, status, COUNT(*) FROM tasks GROUP BY project_id, status;
