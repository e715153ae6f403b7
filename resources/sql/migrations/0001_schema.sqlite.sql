-- Mikro schema, SQLite (DESIGN.md §3.1). Money is INTEGER cents; times are ISO 8601 UTC text with 'Z'
-- (store/SqlValues); tables are STRICT so a text or real value never lands in a money column.
-- The PostgreSQL twin is 0001_schema.postgres.sql: keep the two in step.
-- Booleans are 0/1 with a CHECK; lower() folds ASCII only, so osm_username uniqueness is
-- case-insensitive for ASCII here and for all of Unicode on PostgreSQL.

CREATE TABLE orgs (
    id               TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 255),
    name             TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 255),
    currency         TEXT NOT NULL DEFAULT 'USD' CONSTRAINT ck_orgs_currency CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
    min_payout_cents INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_orgs_min_payout CHECK (min_payout_cents >= 0),
    created_at       TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id                     TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 255),
    org_id                 TEXT REFERENCES orgs (id),
    email                  TEXT,
    first_name             TEXT,
    last_name              TEXT,
    osm_username           TEXT CHECK (length(osm_username) BETWEEN 1 AND 255),
    payment_email          TEXT,
    city                   TEXT,
    country                TEXT,
    role                   TEXT NOT NULL DEFAULT 'user'
                           CONSTRAINT ck_users_role CHECK (role IN ('user', 'validator', 'admin')),
    terms_accepted_at      TEXT,
    terms_version          TEXT,
    mapper_points          INTEGER NOT NULL DEFAULT 0 CHECK (mapper_points >= 0),
    validator_points       INTEGER NOT NULL DEFAULT 0 CHECK (validator_points >= 0),
    special_project_points INTEGER NOT NULL DEFAULT 0 CHECK (special_project_points >= 0),
    created_at             TEXT NOT NULL,
    last_login_at          TEXT,
    deactivated_at         TEXT
) STRICT;
CREATE UNIQUE INDEX uq_users_osm_username ON users (lower(osm_username));
CREATE INDEX idx_users_org_id ON users (org_id);

CREATE TABLE projects (
    id                    INTEGER PRIMARY KEY CHECK (id > 0),
    org_id                TEXT NOT NULL REFERENCES orgs (id),
    name                  TEXT NOT NULL CHECK (length(name) <= 255),
    url                   TEXT NOT NULL CHECK ((substr(url, 1, 7) = 'http://' OR substr(url, 1, 8) = 'https://')),
    mapping_rate_cents    INTEGER NOT NULL CONSTRAINT ck_projects_mapping_rate CHECK (mapping_rate_cents >= 1),
    validation_rate_cents INTEGER NOT NULL CONSTRAINT ck_projects_validation_rate CHECK (validation_rate_cents >= 1),
    budget_cents          INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
    max_editors           INTEGER NOT NULL DEFAULT 0 CHECK (max_editors >= 0),
    max_validators        INTEGER NOT NULL DEFAULT 0 CHECK (max_validators >= 0),
    difficulty            TEXT,
    visible               INTEGER NOT NULL DEFAULT 0 CHECK (visible IN (0, 1)),
    active                INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    completed             INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    total_tasks           INTEGER NOT NULL DEFAULT 0 CHECK (total_tasks >= 0),
    created_by            TEXT REFERENCES users (id),
    created_at            TEXT NOT NULL,
    last_synced_at        TEXT
) STRICT;
CREATE INDEX idx_projects_org_id ON projects (org_id);

CREATE TABLE project_members (
    project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id),
    member_role TEXT NOT NULL CONSTRAINT ck_project_members_role CHECK (member_role IN ('editor', 'validator')),
    assigned_by TEXT REFERENCES users (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id)
) STRICT;
CREATE INDEX idx_project_members_user_id ON project_members (user_id);

CREATE TABLE trainings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id        TEXT NOT NULL REFERENCES orgs (id),
    title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 255),
    training_type TEXT NOT NULL CONSTRAINT ck_trainings_type CHECK (training_type IN ('Mapping', 'Validation', 'Project')),
    point_value   INTEGER NOT NULL DEFAULT 0 CHECK (point_value >= 0),
    training_url  TEXT CHECK ((substr(training_url, 1, 7) = 'http://' OR substr(training_url, 1, 8) = 'https://')),
    difficulty    TEXT,
    pass_percent  INTEGER NOT NULL DEFAULT 80 CHECK (pass_percent BETWEEN 0 AND 100),
    created_by    TEXT REFERENCES users (id),
    created_at    TEXT NOT NULL,
    archived_at   TEXT
) STRICT;
CREATE INDEX idx_trainings_org_id ON trainings (org_id);

CREATE TABLE project_trainings (
    project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    training_id INTEGER NOT NULL REFERENCES trainings (id),
    PRIMARY KEY (project_id, training_id)
) STRICT;

CREATE TABLE training_questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    training_id INTEGER NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    question    TEXT NOT NULL CHECK (length(question) >= 1),
    CONSTRAINT uq_training_questions_position UNIQUE (training_id, position)
) STRICT;

CREATE TABLE training_answers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id INTEGER NOT NULL REFERENCES training_questions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    answer      TEXT NOT NULL CHECK (length(answer) >= 1),
    is_correct  INTEGER NOT NULL CHECK (is_correct IN (0, 1)),
    CONSTRAINT uq_training_answers_position UNIQUE (question_id, position)
) STRICT;
-- One correct answer per question (DESIGN.md §4 Training).
CREATE UNIQUE INDEX uq_training_answers_correct ON training_answers (question_id) WHERE is_correct = 1;

CREATE TABLE training_attempts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    training_id   INTEGER NOT NULL REFERENCES trainings (id),
    user_id       TEXT NOT NULL REFERENCES users (id),
    score_percent INTEGER NOT NULL CHECK (score_percent BETWEEN 0 AND 100),
    passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
    at            TEXT NOT NULL
) STRICT;
CREATE INDEX idx_training_attempts_user_id ON training_attempts (user_id, training_id);

CREATE TABLE training_completions (
    training_id    INTEGER NOT NULL REFERENCES trainings (id),
    user_id        TEXT NOT NULL REFERENCES users (id),
    points_awarded INTEGER NOT NULL CHECK (points_awarded >= 0),
    completed_at   TEXT NOT NULL,
    PRIMARY KEY (training_id, user_id)
) STRICT;

CREATE TABLE tasks (
    project_id            INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    task_id               INTEGER NOT NULL CHECK (task_id > 0),
    status                TEXT NOT NULL CONSTRAINT ck_tasks_status CHECK (status IN ('READY', 'LOCKED_FOR_MAPPING',
                              'MAPPED', 'LOCKED_FOR_VALIDATION', 'VALIDATED', 'INVALIDATED', 'BADIMAGERY', 'SPLIT',
                              'ARCHIVED')),
    mapped_by             TEXT,
    mapper_user_id        TEXT REFERENCES users (id),
    validated_by          TEXT,
    validator_user_id     TEXT REFERENCES users (id),
    mapping_rate_cents    INTEGER NOT NULL CONSTRAINT ck_tasks_mapping_rate CHECK (mapping_rate_cents >= 0),
    validation_rate_cents INTEGER NOT NULL CONSTRAINT ck_tasks_validation_rate CHECK (validation_rate_cents >= 0),
    needs_review          INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_reason         TEXT,
    mapped_at             TEXT,
    validated_at          TEXT,
    last_history_id       INTEGER,
    updated_at            TEXT NOT NULL,
    PRIMARY KEY (project_id, task_id),
    CONSTRAINT ck_tasks_review_reason CHECK (needs_review = 0 OR review_reason IS NOT NULL)
) STRICT;
CREATE INDEX idx_tasks_mapper_user_id ON tasks (mapper_user_id);
CREATE INDEX idx_tasks_validator_user_id ON tasks (validator_user_id);
CREATE INDEX idx_tasks_needs_review ON tasks (project_id) WHERE needs_review = 1;

CREATE TABLE task_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     INTEGER NOT NULL,
    task_id        INTEGER NOT NULL,
    history_id     INTEGER NOT NULL,
    action         TEXT NOT NULL CONSTRAINT ck_task_events_action CHECK (action IN ('READY', 'MAPPED', 'VALIDATED',
                       'INVALIDATED', 'BADIMAGERY', 'SPLIT', 'ARCHIVED')),
    actor_username TEXT NOT NULL,
    action_at      TEXT NOT NULL,
    ingested_at    TEXT NOT NULL,
    CONSTRAINT uq_task_events_history UNIQUE (project_id, task_id, history_id),
    CONSTRAINT fk_task_events_task FOREIGN KEY (project_id, task_id) REFERENCES tasks (project_id, task_id)
        ON DELETE CASCADE
) STRICT;

CREATE TABLE payment_requests (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id         TEXT NOT NULL REFERENCES orgs (id),
    user_id        TEXT NOT NULL REFERENCES users (id),
    amount_cents   INTEGER NOT NULL CONSTRAINT ck_payment_requests_amount CHECK (amount_cents > 0),
    payment_email  TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending'
                   CONSTRAINT ck_payment_requests_status CHECK (status IN ('pending', 'paid', 'rejected', 'cancelled')),
    notes          TEXT CHECK (length(notes) <= 1000),
    requested_at   TEXT NOT NULL,
    decided_by     TEXT REFERENCES users (id),
    decided_at     TEXT,
    decision_note  TEXT CHECK (length(decision_note) <= 1000),
    CONSTRAINT ck_payment_requests_decided CHECK ((status = 'pending') = (decided_at IS NULL))
) STRICT;
-- At most one pending request per person (DESIGN.md §3.1).
CREATE UNIQUE INDEX uq_payment_requests_pending ON payment_requests (user_id) WHERE status = 'pending';
CREATE INDEX idx_payment_requests_org_status ON payment_requests (org_id, status);

CREATE TABLE payments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id        TEXT NOT NULL REFERENCES orgs (id),
    user_id       TEXT NOT NULL REFERENCES users (id),
    request_id    INTEGER UNIQUE REFERENCES payment_requests (id),
    amount_cents  INTEGER NOT NULL CONSTRAINT ck_payments_amount CHECK (amount_cents > 0),
    external_ref  TEXT CHECK (length(external_ref) BETWEEN 1 AND 100),
    payment_email TEXT,
    paid_by       TEXT NOT NULL REFERENCES users (id),
    paid_at       TEXT NOT NULL,
    notes         TEXT CHECK (length(notes) <= 1000),
    CONSTRAINT uq_payments_external_ref UNIQUE (org_id, external_ref)
) STRICT;
CREATE INDEX idx_payments_user_id ON payments (user_id);

CREATE TABLE checklists (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id                TEXT NOT NULL REFERENCES orgs (id),
    name                  TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    description           TEXT CHECK (length(description) <= 5000),
    author_id             TEXT REFERENCES users (id),
    due_date              TEXT CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    completion_rate_cents INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_checklists_completion_rate CHECK (completion_rate_cents >= 0),
    validation_rate_cents INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_checklists_validation_rate CHECK (validation_rate_cents >= 0),
    difficulty            TEXT,
    visible               INTEGER NOT NULL DEFAULT 0 CHECK (visible IN (0, 1)),
    active                INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    created_at            TEXT NOT NULL,
    archived_at           TEXT
) STRICT;
CREATE INDEX idx_checklists_org_id ON checklists (org_id);

CREATE TABLE checklist_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    checklist_id INTEGER NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    action       TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 1000),
    link         TEXT CONSTRAINT ck_checklist_items_link CHECK ((substr(link, 1, 7) = 'http://' OR substr(link, 1, 8) = 'https://')),
    CONSTRAINT uq_checklist_items_position UNIQUE (checklist_id, position)
) STRICT;

CREATE TABLE user_checklists (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    checklist_id          INTEGER NOT NULL REFERENCES checklists (id),
    user_id               TEXT NOT NULL REFERENCES users (id),
    org_id                TEXT NOT NULL REFERENCES orgs (id),
    completion_rate_cents INTEGER NOT NULL CHECK (completion_rate_cents >= 0),
    validation_rate_cents INTEGER NOT NULL CHECK (validation_rate_cents >= 0),
    assigned_by           TEXT REFERENCES users (id),
    started_at            TEXT NOT NULL,
    completed_at          TEXT,
    confirmed_at          TEXT,
    confirmed_by          TEXT REFERENCES users (id),
    CONSTRAINT uq_user_checklists_checklist_user UNIQUE (checklist_id, user_id)
) STRICT;
CREATE INDEX idx_user_checklists_user_id ON user_checklists (user_id);

CREATE TABLE user_checklist_items (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    user_checklist_id INTEGER NOT NULL REFERENCES user_checklists (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL CHECK (position >= 0),
    action            TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 1000),
    link              TEXT CHECK ((substr(link, 1, 7) = 'http://' OR substr(link, 1, 8) = 'https://')),
    completed_at      TEXT,
    confirmed_at      TEXT,
    confirmed_by      TEXT REFERENCES users (id),
    CONSTRAINT uq_user_checklist_items_position UNIQUE (user_checklist_id, position),
    CONSTRAINT ck_user_checklist_items_confirmed CHECK (confirmed_at IS NULL OR completed_at IS NOT NULL)
) STRICT;

CREATE TABLE checklist_comments (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    user_checklist_id INTEGER NOT NULL REFERENCES user_checklists (id) ON DELETE CASCADE,
    author_id         TEXT NOT NULL REFERENCES users (id),
    author_role       TEXT NOT NULL CHECK (author_role IN ('user', 'validator', 'admin')),
    body              TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    created_at        TEXT NOT NULL,
    deleted_at        TEXT
) STRICT;
CREATE INDEX idx_checklist_comments_user_checklist ON checklist_comments (user_checklist_id);

CREATE TABLE ledger_entries (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id             TEXT NOT NULL REFERENCES orgs (id),
    user_id            TEXT NOT NULL REFERENCES users (id),
    kind               TEXT NOT NULL CONSTRAINT ck_ledger_entries_kind CHECK (kind IN ('mapping', 'validation', 'checklist',
                           'checklist_validation', 'adjustment', 'reversal', 'payout')),
    amount_cents       INTEGER NOT NULL CONSTRAINT ck_ledger_entries_nonzero CHECK (amount_cents <> 0),
    source_key         TEXT NOT NULL CONSTRAINT uq_ledger_entries_source_key UNIQUE
                           CHECK (length(source_key) BETWEEN 1 AND 255),
    project_id         INTEGER REFERENCES projects (id),
    task_id            INTEGER,
    user_checklist_id  INTEGER REFERENCES user_checklists (id),
    payment_request_id INTEGER REFERENCES payment_requests (id),
    payment_id         INTEGER REFERENCES payments (id),
    note               TEXT CHECK (length(note) <= 1000),
    created_by         TEXT REFERENCES users (id),
    created_at         TEXT NOT NULL,
    -- Earnings are credits and a payout is a debit; adjustments and reversals go either way.
    CONSTRAINT ck_ledger_entries_sign CHECK (
        (kind IN ('mapping', 'validation', 'checklist', 'checklist_validation') AND amount_cents > 0)
        OR (kind = 'payout' AND amount_cents < 0 AND payment_id IS NOT NULL)
        OR kind IN ('adjustment', 'reversal'))
) STRICT;
CREATE INDEX idx_ledger_entries_user_kind ON ledger_entries (user_id, kind);
CREATE INDEX idx_ledger_entries_org_created ON ledger_entries (org_id, created_at);
CREATE INDEX idx_ledger_entries_project_task ON ledger_entries (project_id, task_id);

-- The ledger is append-only (DESIGN.md §3.1): corrections are new entries, never edits.
CREATE TRIGGER trg_ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;
CREATE TRIGGER trg_ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;

CREATE TABLE sync_runs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id      INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    mode            TEXT NOT NULL DEFAULT 'incremental' CHECK (mode IN ('incremental', 'full')),
    status          TEXT NOT NULL CONSTRAINT ck_sync_runs_status CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
    requested_by    TEXT REFERENCES users (id),
    lease_owner     TEXT,
    lease_until     TEXT,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    requests_made   INTEGER NOT NULL DEFAULT 0 CHECK (requests_made >= 0),
    events_ingested INTEGER NOT NULL DEFAULT 0 CHECK (events_ingested >= 0),
    error           TEXT
) STRICT;
-- One running sync per project: the lease row itself keeps a second instance off (DESIGN.md §8).
CREATE UNIQUE INDEX uq_sync_runs_running ON sync_runs (project_id) WHERE status = 'running';

CREATE TABLE applied_operations (
    op_id        TEXT PRIMARY KEY CHECK (length(op_id) = 36),
    user_id      TEXT NOT NULL REFERENCES users (id),
    kind         TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
    request_hash TEXT NOT NULL,
    applied_at   TEXT NOT NULL,
    result       TEXT NOT NULL CHECK (json_valid(result))
) STRICT;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id    TEXT REFERENCES orgs (id),
    actor_id  TEXT NOT NULL REFERENCES users (id),
    action    TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    entity    TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 100),
    entity_id TEXT,
    details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX idx_audit_log_org_at ON audit_log (org_id, at);
CREATE TRIGGER trg_audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER trg_audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
