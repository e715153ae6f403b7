-- Issue 10 #5: TM4 work is attributed to whoever held the OSM username when the work was done,
-- and a change of username after onboarding waits for an admin. See the PostgreSQL file.
CREATE TABLE osm_usernames (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    osm_username TEXT NOT NULL CHECK (length(osm_username) BETWEEN 1 AND 255),
    valid_from   TEXT,
    valid_to     TEXT,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
CREATE INDEX idx_osm_usernames_name ON osm_usernames (lower(osm_username));
CREATE UNIQUE INDEX uq_osm_usernames_open ON osm_usernames (user_id) WHERE valid_to IS NULL;
INSERT INTO osm_usernames (user_id, osm_username)
    SELECT id, osm_username FROM users WHERE osm_username IS NOT NULL;

CREATE TRIGGER trg_users_osm_username_insert AFTER INSERT ON users
WHEN NEW.osm_username IS NOT NULL
BEGIN
    INSERT INTO osm_usernames (user_id, osm_username) VALUES (NEW.id, NEW.osm_username);
END;

CREATE TRIGGER trg_users_osm_username_correct AFTER UPDATE OF osm_username ON users
WHEN NEW.osm_username IS NOT OLD.osm_username
    AND (OLD.osm_username IS NULL OR OLD.terms_accepted_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM osm_usernames WHERE user_id = NEW.id AND valid_to IS NULL
                    AND osm_username IS NEW.osm_username)
BEGIN
    DELETE FROM osm_usernames WHERE user_id = NEW.id AND valid_to IS NULL;
    INSERT INTO osm_usernames (user_id, osm_username)
        SELECT NEW.id, NEW.osm_username WHERE NEW.osm_username IS NOT NULL;
END;

CREATE TRIGGER trg_users_osm_username_rename AFTER UPDATE OF osm_username ON users
WHEN NEW.osm_username IS NOT OLD.osm_username
    AND OLD.osm_username IS NOT NULL AND OLD.terms_accepted_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM osm_usernames WHERE user_id = NEW.id AND valid_to IS NULL
                    AND osm_username IS NEW.osm_username)
BEGIN
    UPDATE osm_usernames SET valid_to = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE user_id = NEW.id AND valid_to IS NULL;
    INSERT INTO osm_usernames (user_id, osm_username, valid_from)
        SELECT NEW.id, NEW.osm_username, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NEW.osm_username IS NOT NULL;
END;

CREATE TABLE osm_username_changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id       TEXT NOT NULL REFERENCES orgs (id),
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    osm_username TEXT NOT NULL CHECK (length(osm_username) BETWEEN 1 AND 255),
    requested_at TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    decided_by   TEXT REFERENCES users (id),
    decided_at   TEXT
) STRICT;
CREATE UNIQUE INDEX uq_osm_username_changes_pending ON osm_username_changes (user_id)
    WHERE status = 'pending';
CREATE INDEX idx_osm_username_changes_org ON osm_username_changes (org_id, status);
