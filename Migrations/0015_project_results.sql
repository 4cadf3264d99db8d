-- What a project achieved, against what was estimated when its money was granted
-- (mon result record). Results are append-only, as assessments are: a correction is
-- a new result, and the latest by date (then by id) is the one that counts. A result
-- marked completed is the project's final account; calibration uses only those.
CREATE TABLE project_result (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id),
    result_on TEXT NOT NULL CHECK (result_on IS date(result_on, '+0 days')),
    recorded_by TEXT NOT NULL,
    -- Realised permanent jobs (årsverk), as an assessment estimates them.
    direct_jobs REAL NOT NULL CHECK (direct_jobs >= 0),
    competence_jobs REAL NOT NULL DEFAULT 0 CHECK (competence_jobs BETWEEN 0 AND direct_jobs),
    priority_jobs REAL NOT NULL DEFAULT 0 CHECK (priority_jobs BETWEEN 0 AND direct_jobs),
    -- New businesses established; NULL: not counted.
    establishments INTEGER CHECK (establishments IS NULL OR establishments >= 0),
    -- Money the project drew in besides the fund's, in øre; NULL: not counted.
    private_capital_ore INTEGER CHECK (private_capital_ore IS NULL OR private_capital_ore >= 0),
    other_public_ore INTEGER CHECK (other_public_ore IS NULL OR other_public_ore >= 0),
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    note TEXT,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX project_result_by_project ON project_result (project_id, result_on, id);

CREATE TRIGGER project_result_is_append_only_update BEFORE UPDATE ON project_result
BEGIN SELECT RAISE(ABORT, 'results are append-only: record a new one instead'); END;
CREATE TRIGGER project_result_is_append_only_delete BEFORE DELETE ON project_result
BEGIN SELECT RAISE(ABORT, 'results are append-only: record a new one instead'); END;
