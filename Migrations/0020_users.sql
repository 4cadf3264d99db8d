-- Web users and their logins (`mon user add`, `mon user list`, `mon user disable`;
-- the web server checks them).
-- * `web_user`: a person who may log in to the web pages, with a role that
--   says what they may see. The password is kept only as a bcrypt hash, and
--   its history rows never hold it: the generated history triggers write a
--   marker in its place.
-- * `access_event`: every login, failed login and login refused to a locked or
--   disabled user, append-only. A failed login with a name no user has is
--   recorded without a user, and without the name typed (it may have been a
--   password typed into the wrong field).

CREATE TABLE web_user (
    id INTEGER PRIMARY KEY,
    -- NOCASE keeps other clients from adding `KARI` beside `kari`; mon also compares the Unicode way.
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    role TEXT NOT NULL CHECK (role IN ('board', 'adviser', 'auditor')),
    password_hash TEXT NOT NULL CHECK (password_hash GLOB '$2[aby]$[0-9][0-9]$*' AND length(password_hash) = 60),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    disabled_at TEXT,
    -- Failed logins since the last login or lock; the fifth in a row locks the user.
    failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins BETWEEN 0 AND 5),
    locked_until TEXT
) STRICT;

CREATE TABLE access_event (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES web_user(id),
    at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('login', 'failed', 'locked', 'disabled'))
) STRICT;
CREATE INDEX access_event_by_user ON access_event (user_id, outcome, at);

CREATE TRIGGER access_event_is_append_only_update BEFORE UPDATE ON access_event
BEGIN SELECT RAISE(ABORT, 'access events are append-only: they cannot be changed'); END;
CREATE TRIGGER access_event_is_append_only_delete BEFORE DELETE ON access_event
BEGIN SELECT RAISE(ABORT, 'access events are append-only: they cannot be removed'); END;
