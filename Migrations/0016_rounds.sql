-- Application rounds (søknadsrunder): each with a deadline and a budget, and
-- optionally the fund it spends. An application belongs to one round; whether
-- it came late is not stored but worked out from its received date and the
-- round's deadline, so that correcting either keeps the flag true.
CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    deadline TEXT NOT NULL CHECK (deadline IS date(deadline, '+0 days')),
    budget_ore INTEGER NOT NULL CHECK (budget_ore >= 0),
    fund_id INTEGER REFERENCES fund(id)
) STRICT;

ALTER TABLE grant ADD COLUMN round_id INTEGER REFERENCES round(id);
CREATE INDEX grant_by_round ON grant (round_id);

-- An assessment is of a project or of an application (a grant), never both:
-- the table is rebuilt with project_id nullable and grant_id added. Its rows
-- keep their ids; nothing refers to them.
CREATE TABLE assessment_new (
    id INTEGER PRIMARY KEY,
    project_id INTEGER REFERENCES project(id),
    grant_id INTEGER REFERENCES grant(id),
    assessed_on TEXT NOT NULL CHECK (assessed_on IS date(assessed_on, '+0 days')),
    assessed_by TEXT NOT NULL,
    direct_jobs REAL NOT NULL CHECK (direct_jobs >= 0),
    competence_jobs REAL NOT NULL DEFAULT 0 CHECK (competence_jobs BETWEEN 0 AND direct_jobs),
    priority_jobs REAL NOT NULL DEFAULT 0 CHECK (priority_jobs BETWEEN 0 AND direct_jobs),
    sector TEXT NOT NULL DEFAULT 'other' CHECK (sector IN
        ('industry', 'knowledge', 'tourism', 'primary', 'creative', 'services', 'public', 'other')),
    attractiveness INTEGER NOT NULL DEFAULT 0 CHECK (attractiveness BETWEEN 0 AND 5),
    green INTEGER NOT NULL DEFAULT 0 CHECK (green BETWEEN 0 AND 5),
    innovation INTEGER NOT NULL DEFAULT 0 CHECK (innovation BETWEEN 0 AND 5),
    visibility INTEGER NOT NULL DEFAULT 0 CHECK (visibility BETWEEN 0 AND 5),
    collaboration INTEGER NOT NULL DEFAULT 0 CHECK (collaboration BETWEEN 0 AND 5),
    feasibility INTEGER NOT NULL CHECK (feasibility BETWEEN 0 AND 5),
    request_ore INTEGER NOT NULL DEFAULT 0 CHECK (request_ore >= 0),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((project_id IS NULL) <> (grant_id IS NULL))
) STRICT;
INSERT INTO assessment_new (id, project_id, assessed_on, assessed_by, direct_jobs, competence_jobs, priority_jobs, sector,
    attractiveness, green, innovation, visibility, collaboration, feasibility, request_ore, recorded_at)
SELECT id, project_id, assessed_on, assessed_by, direct_jobs, competence_jobs, priority_jobs, sector,
    attractiveness, green, innovation, visibility, collaboration, feasibility, request_ore, recorded_at
FROM assessment;
DROP TABLE assessment;
ALTER TABLE assessment_new RENAME TO assessment;
CREATE INDEX assessment_by_project ON assessment (project_id, assessed_on, id);
CREATE INDEX assessment_by_grant ON assessment (grant_id, assessed_on, id);

CREATE TRIGGER assessment_is_append_only_update BEFORE UPDATE ON assessment
BEGIN SELECT RAISE(ABORT, 'assessments are append-only: record a new one instead'); END;
CREATE TRIGGER assessment_is_append_only_delete BEFORE DELETE ON assessment
BEGIN SELECT RAISE(ABORT, 'assessments are append-only: record a new one instead'); END;
