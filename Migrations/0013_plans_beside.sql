-- Plans beside each other (mon plan import): a later plan may use the same goal
-- codes (1.1 … 3.5) and indicator keys (population) as an earlier one, so they
-- are unique within a plan, not across plans; and an indicator may belong to a
-- goal and carry the plan's baseline and target.
--
-- indicator is rebuilt to lose its global UNIQUE (key); its rows keep their ids,
-- so indicator_value's references hold. Foreign keys are checked before commit.
CREATE TABLE indicator_new (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES plan(id),
    key TEXT NOT NULL CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z_0-9]*'),
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    -- The goal the indicator measures; NULL: the plan as a whole.
    goal_id INTEGER REFERENCES goal(id),
    -- Where the plan starts from and where it aims, each with its year.
    baseline REAL,
    baseline_year INTEGER CHECK (baseline_year BETWEEN 1900 AND 2200),
    target REAL,
    target_year INTEGER CHECK (target_year BETWEEN 1900 AND 2200),
    CHECK ((baseline IS NULL) = (baseline_year IS NULL)),
    CHECK ((target IS NULL) = (target_year IS NULL)),
    CHECK (target_year IS NULL OR baseline_year IS NULL OR target_year >= baseline_year),
    UNIQUE (plan_id, key)
) STRICT;
INSERT INTO indicator_new (id, plan_id, key, name, unit) SELECT id, plan_id, key, name, unit FROM indicator;
DROP TABLE indicator;
ALTER TABLE indicator_new RENAME TO indicator;
CREATE INDEX indicator_by_goal ON indicator (goal_id);

-- A goal's code names it within its plan: two focus areas of one plan cannot both have a 1.1.
CREATE TRIGGER goal_code_unique_in_plan_insert
BEFORE INSERT ON goal
WHEN EXISTS (
    SELECT 1 FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id
    WHERE goal.code = NEW.code
      AND focus_area.plan_id = (SELECT plan_id FROM focus_area WHERE id = NEW.focus_area_id))
BEGIN
    SELECT RAISE(ABORT, 'another goal of this plan has this code');
END;

CREATE TRIGGER goal_code_unique_in_plan_update
BEFORE UPDATE OF code, focus_area_id ON goal
WHEN EXISTS (
    SELECT 1 FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id
    WHERE goal.code = NEW.code AND goal.id <> NEW.id
      AND focus_area.plan_id = (SELECT plan_id FROM focus_area WHERE id = NEW.focus_area_id))
BEGIN
    SELECT RAISE(ABORT, 'another goal of this plan has this code');
END;

-- An indicator's goal is one of its own plan's.
CREATE TRIGGER indicator_goal_in_plan_insert
BEFORE INSERT ON indicator
WHEN NEW.goal_id IS NOT NULL AND NEW.plan_id IS NOT (
    SELECT focus_area.plan_id FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id WHERE goal.id = NEW.goal_id)
BEGIN
    SELECT RAISE(ABORT, 'an indicator''s goal must be a goal of its plan');
END;

CREATE TRIGGER indicator_goal_in_plan_update
BEFORE UPDATE OF goal_id, plan_id ON indicator
WHEN NEW.goal_id IS NOT NULL AND NEW.plan_id IS NOT (
    SELECT focus_area.plan_id FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id WHERE goal.id = NEW.goal_id)
BEGIN
    SELECT RAISE(ABORT, 'an indicator''s goal must be a goal of its plan');
END;
