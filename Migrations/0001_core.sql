-- The whole schema of mon. Money is integer øre (columns end in _ore). Dates
-- are ISO text checked by `x IS date(x, '+0 days')`: the modifier makes SQLite
-- normalise the day, so 2023-02-30 (read as 2023-03-02) is refused. Times are
-- UTC ISO text. Every table is STRICT. Rules that one row can state are CHECK
-- constraints here, so that no SQLite client can break them.

-- The plan: plan → focus_area (satsingsområde) → goal (mål) → strategy.

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    municipality TEXT NOT NULL,
    first_year INTEGER NOT NULL CHECK (first_year BETWEEN 1900 AND 2200),
    last_year INTEGER NOT NULL CHECK (last_year BETWEEN first_year AND 2200),
    -- A revision (rullering) stands beside the plan it revises, never over it.
    revises_plan_id INTEGER REFERENCES plan(id),
    adopted_on TEXT CHECK (adopted_on IS NULL OR adopted_on IS date(adopted_on, '+0 days')),
    slogan TEXT,
    vision TEXT
) STRICT;

CREATE TABLE focus_area (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT,
    UNIQUE (plan_id, number)
) STRICT;

CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    focus_area_id INTEGER NOT NULL REFERENCES focus_area(id),
    code TEXT NOT NULL CHECK (code GLOB '[1-9]*.[1-9]*' AND code NOT GLOB '*[^0-9.]*'),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    UNIQUE (focus_area_id, code)
) STRICT;

CREATE TABLE strategy (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goal(id),
    letter TEXT NOT NULL CHECK (length(letter) = 1 AND letter GLOB '[a-z]'),
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    UNIQUE (goal_id, letter)
) STRICT;

-- Indicators the plan is measured by, with dated values (observed or projected).
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES plan(id),
    key TEXT NOT NULL UNIQUE CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z_0-9]*'),
    name TEXT NOT NULL,
    unit TEXT NOT NULL
) STRICT;

CREATE TABLE indicator_value (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    value REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('observed', 'projected')),
    source TEXT NOT NULL,
    UNIQUE (indicator_id, year, kind)
) STRICT;

-- Projects and the plan items they serve.

CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    status TEXT NOT NULL DEFAULT 'idea'
        CHECK (status IN ('idea', 'planned', 'active', 'completed', 'cancelled')),
    start_date TEXT CHECK (start_date IS NULL OR start_date IS date(start_date, '+0 days')),
    end_date TEXT CHECK (end_date IS NULL OR end_date IS date(end_date, '+0 days')),
    budget_ore INTEGER CHECK (budget_ore IS NULL OR budget_ore >= 0),
    responsible TEXT,
    description TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;

-- Status moves forward (a step may be skipped) or to cancelled; completed and
-- cancelled are final.
CREATE TRIGGER project_status_moves_forward
BEFORE UPDATE OF status ON project
WHEN NEW.status <> OLD.status AND NOT (
       (OLD.status = 'idea'    AND NEW.status IN ('planned', 'active', 'completed', 'cancelled'))
    OR (OLD.status = 'planned' AND NEW.status IN ('active', 'completed', 'cancelled'))
    OR (OLD.status = 'active'  AND NEW.status IN ('completed', 'cancelled')))
BEGIN
    SELECT RAISE(ABORT, 'project status may only move forward: idea, planned, active, completed; or to cancelled');
END;

CREATE TABLE project_goal (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal(id),
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    PRIMARY KEY (project_id, goal_id)
) STRICT;
CREATE UNIQUE INDEX project_goal_one_primary ON project_goal (project_id) WHERE is_primary = 1;
CREATE INDEX project_goal_by_goal ON project_goal (goal_id);

CREATE TABLE project_strategy (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    strategy_id INTEGER NOT NULL REFERENCES strategy(id),
    PRIMARY KEY (project_id, strategy_id)
) STRICT;
CREATE INDEX project_strategy_by_strategy ON project_strategy (strategy_id);

-- Partners. Companies of one group count as one undertaking for state aid.

CREATE TABLE partner_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> '')
) STRICT;

CREATE TABLE partner (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    -- Norwegian organisation number: 9 digits, the last a MOD11 check digit
    -- over weights 3 2 7 6 5 4 3 2 (a remainder of 1 gives no valid digit).
    orgnr TEXT UNIQUE CHECK (orgnr IS NULL OR (
        length(orgnr) = 9 AND orgnr NOT GLOB '*[^0-9]*'
        AND (11 - (3 * substr(orgnr, 1, 1) + 2 * substr(orgnr, 2, 1) + 7 * substr(orgnr, 3, 1)
                 + 6 * substr(orgnr, 4, 1) + 5 * substr(orgnr, 5, 1) + 4 * substr(orgnr, 6, 1)
                 + 3 * substr(orgnr, 7, 1) + 2 * substr(orgnr, 8, 1)) % 11) % 11
            = CAST(substr(orgnr, 9, 1) AS INTEGER))),
    kind TEXT NOT NULL DEFAULT 'company'
        CHECK (kind IN ('company', 'public', 'research', 'association', 'funding')),
    municipality TEXT,
    group_id INTEGER REFERENCES partner_group(id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX partner_by_group ON partner (group_id);

CREATE TABLE project_partner (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'partner', 'funder', 'supplier')),
    contribution_ore INTEGER CHECK (contribution_ore IS NULL OR contribution_ore >= 0),
    PRIMARY KEY (project_id, partner_id, role)
) STRICT;
CREATE INDEX project_partner_by_partner ON project_partner (partner_id);

-- The næringsfond: funds, their yearly allocations, grants (tilsagn) and payments.

CREATE TABLE fund (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    description TEXT
) STRICT;

CREATE TABLE allocation (
    id INTEGER PRIMARY KEY,
    fund_id INTEGER NOT NULL REFERENCES fund(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    reference TEXT
) STRICT;
CREATE INDEX allocation_by_fund_year ON allocation (fund_id, year);

CREATE TABLE grant (
    id INTEGER PRIMARY KEY,
    fund_id INTEGER NOT NULL REFERENCES fund(id),
    applicant_id INTEGER NOT NULL REFERENCES partner(id),
    project_id INTEGER REFERENCES project(id),
    purpose TEXT,
    basis TEXT NOT NULL DEFAULT 'not-aid' CHECK (basis IN ('de-minimis', 'gber', 'purchase', 'not-aid')),
    amount_applied_ore INTEGER NOT NULL CHECK (amount_applied_ore > 0),
    total_cost_ore INTEGER NOT NULL CHECK (total_cost_ore > 0),
    received_on TEXT NOT NULL CHECK (received_on IS date(received_on, '+0 days')),
    status TEXT NOT NULL DEFAULT 'applied'
        CHECK (status IN ('applied', 'approved', 'paid', 'closed', 'rejected', 'withdrawn', 'lapsed', 'repaid')),
    approved_on TEXT CHECK (approved_on IS NULL OR approved_on IS date(approved_on, '+0 days')),
    amount_approved_ore INTEGER CHECK (amount_approved_ore IS NULL OR amount_approved_ore > 0),
    deadline TEXT CHECK (deadline IS NULL OR deadline IS date(deadline, '+0 days')),
    case_ref TEXT,
    -- NOK per EUR on the day of approval: de minimis aid is counted in EUR.
    eur_rate REAL CHECK (eur_rate IS NULL OR eur_rate > 0),
    -- Why an intensity above the lower limit was accepted.
    intensity_reason TEXT,
    -- When it was rejected, withdrawn or lapsed, and why.
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on, '+0 days')),
    decision_note TEXT,
    CHECK ((approved_on IS NULL) = (amount_approved_ore IS NULL)),
    CHECK (approved_on IS NULL OR approved_on >= received_on),
    CHECK (status NOT IN ('approved', 'paid', 'closed', 'lapsed', 'repaid') OR approved_on IS NOT NULL),
    CHECK (status NOT IN ('applied', 'rejected') OR approved_on IS NULL),
    CHECK (basis <> 'de-minimis' OR approved_on IS NULL OR eur_rate IS NOT NULL)
) STRICT;
CREATE INDEX grant_by_fund ON grant (fund_id, status);
CREATE INDEX grant_by_applicant ON grant (applicant_id);
CREATE INDEX grant_by_project ON grant (project_id);

CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    grant_id INTEGER NOT NULL REFERENCES grant(id),
    paid_on TEXT NOT NULL CHECK (paid_on IS date(paid_on, '+0 days')),
    -- A repayment (tilbakebetaling) returns money from the recipient to the fund.
    kind TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'repayment')),
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    is_final INTEGER NOT NULL DEFAULT 0 CHECK (is_final IN (0, 1) AND (is_final = 0 OR kind = 'payment'))
) STRICT;
CREATE INDEX payment_by_grant ON payment (grant_id, paid_on);

-- De minimis aid a partner has had from other givers, as the applicant declared it.
CREATE TABLE deminimis_declaration (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    giver TEXT NOT NULL CHECK (trim(giver) <> ''),
    granted_on TEXT NOT NULL CHECK (granted_on IS date(granted_on, '+0 days')),
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    eur_rate REAL NOT NULL CHECK (eur_rate > 0)
) STRICT;
CREATE INDEX deminimis_declaration_by_partner ON deminimis_declaration (partner_id, granted_on);

-- Ringvirkning: assessments (append-only) and versions of the scoring model.

CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id),
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
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX assessment_by_project ON assessment (project_id, assessed_on, id);

CREATE TRIGGER assessment_is_append_only_update BEFORE UPDATE ON assessment
BEGIN SELECT RAISE(ABORT, 'assessments are append-only: record a new one instead'); END;
CREATE TRIGGER assessment_is_append_only_delete BEFORE DELETE ON assessment
BEGIN SELECT RAISE(ABORT, 'assessments are append-only: record a new one instead'); END;

-- A version of the model: its weights and sector multipliers never change;
-- a change makes a new version, valid from its creation.
CREATE TABLE scoring_model (
    id INTEGER PRIMARY KEY,
    valid_from TEXT NOT NULL CHECK (valid_from IS strftime('%Y-%m-%dT%H:%M:%fZ', valid_from)),
    created_by TEXT NOT NULL,
    note TEXT
) STRICT;

CREATE TABLE model_weight (
    model_id INTEGER NOT NULL REFERENCES scoring_model(id),
    criterion TEXT NOT NULL CHECK (criterion IN
        ('jobs', 'competence', 'attractiveness', 'priority', 'green', 'innovation', 'visibility', 'collaboration')),
    weight REAL NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (model_id, criterion)
) STRICT;

CREATE TABLE model_multiplier (
    model_id INTEGER NOT NULL REFERENCES scoring_model(id),
    sector TEXT NOT NULL CHECK (sector IN
        ('industry', 'knowledge', 'tourism', 'primary', 'creative', 'services', 'public', 'other')),
    multiplier REAL NOT NULL CHECK (multiplier > 0),
    PRIMARY KEY (model_id, sector)
) STRICT;

CREATE TRIGGER scoring_model_is_append_only BEFORE UPDATE ON scoring_model
BEGIN SELECT RAISE(ABORT, 'a scoring model version never changes: make a new one'); END;
CREATE TRIGGER model_weight_is_append_only BEFORE UPDATE ON model_weight
BEGIN SELECT RAISE(ABORT, 'a scoring model version never changes: make a new one'); END;
CREATE TRIGGER model_multiplier_is_append_only BEFORE UPDATE ON model_multiplier
BEGIN SELECT RAISE(ABORT, 'a scoring model version never changes: make a new one'); END;

INSERT INTO scoring_model (id, valid_from, created_by, note)
VALUES (1, '2021-01-01T00:00:00.000Z', 'mon', 'model v1: the defaults of DESIGN.md');
INSERT INTO model_weight (model_id, criterion, weight) VALUES
    (1, 'jobs', 25), (1, 'competence', 15), (1, 'attractiveness', 20), (1, 'priority', 5),
    (1, 'green', 10), (1, 'innovation', 10), (1, 'visibility', 10), (1, 'collaboration', 5);
INSERT INTO model_multiplier (model_id, sector, multiplier) VALUES
    (1, 'industry', 1.5), (1, 'knowledge', 1.3), (1, 'tourism', 1.3), (1, 'primary', 1.3),
    (1, 'creative', 1.2), (1, 'services', 1.2), (1, 'public', 1.1), (1, 'other', 1.2);

-- Dated parameters: a value holds from its date until the next value of its key.
CREATE TABLE parameter (
    key TEXT NOT NULL CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z_0-9]*'),
    valid_from TEXT NOT NULL CHECK (valid_from IS date(valid_from, '+0 days')),
    value TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (key, valid_from)
) STRICT;

INSERT INTO parameter (key, valid_from, value, set_by) VALUES
    -- Vefsn's guidelines: above 50 % support intensity needs a reason, above 75 % is refused.
    ('intensity_reason_above', '2000-01-01', '0.50', 'mon'),
    ('intensity_max', '2000-01-01', '0.75', 'mon'),
    -- De minimis: EUR 200 000 over three fiscal years (Reg. 1407/2013); from 2024,
    -- EUR 300 000 over any rolling three years (Reg. (EU) 2023/2831).
    ('deminimis_ceiling_eur', '2000-01-01', '200000', 'mon'),
    ('deminimis_ceiling_eur', '2024-01-01', '300000', 'mon'),
    ('deminimis_window', '2000-01-01', 'fiscal-years', 'mon'),
    ('deminimis_window', '2024-01-01', 'rolling-years', 'mon'),
    -- Single awards from this size are reported to Registeret for offentlig støtte.
    ('register_threshold_eur', '2000-01-01', '100000', 'mon'),
    -- Estimated population effect per job.
    ('persons_per_job', '2000-01-01', '1.5', 'mon');

-- History: every change of every domain table, never deleted.

CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values TEXT CHECK (old_values IS NULL OR json_valid(old_values)),
    new_values TEXT CHECK (new_values IS NULL OR json_valid(new_values))
) STRICT;
CREATE INDEX history_by_row ON history (table_name, row_id, id);
CREATE INDEX history_by_time ON history (at);

CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only: its rows cannot be changed'); END;
CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only: its rows cannot be deleted'); END;

-- Who is writing: mon sets this row inside each of its write transactions and
-- clears it before commit, so history triggers can name the actor; a write
-- from another SQLite client finds it empty.
CREATE TABLE current_actor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL
) STRICT;

-- Views for people writing SQL.

CREATE VIEW plan_strategy AS
SELECT plan.id AS plan_id, focus_area.number AS focus_area, goal.code AS goal_code,
       goal.code || strategy.letter AS strategy_code, strategy.id AS strategy_id, strategy.text AS text
FROM strategy
JOIN goal ON goal.id = strategy.goal_id
JOIN focus_area ON focus_area.id = goal.focus_area_id
JOIN plan ON plan.id = focus_area.plan_id;
