-- Issue #15 §4: with scheduled sync on in several instances, each project is synced once per
-- interval: a scheduled run claims its interval's slot (the minutes since the epoch divided by the
-- interval) and a second claim of the same slot is refused by this index, as a second running run
-- is by uq_sync_runs_running. Requested runs claim no slot.
ALTER TABLE sync_runs ADD COLUMN scheduled_slot BIGINT;
CREATE UNIQUE INDEX uq_sync_runs_slot ON sync_runs (project_id, scheduled_slot)
    WHERE scheduled_slot IS NOT NULL;

-- API.md §2 SyncRun: `tasks_total` (the task histories the run reads) and `tasks_done` (read so
-- far), written by the instance that holds the run as it goes (at most about fifty times a run)
-- so that any instance answers with the run's progress.
ALTER TABLE sync_runs ADD COLUMN tasks_total INTEGER NOT NULL DEFAULT 0 CHECK (tasks_total >= 0);
ALTER TABLE sync_runs ADD COLUMN tasks_done INTEGER NOT NULL DEFAULT 0 CHECK (tasks_done >= 0);
