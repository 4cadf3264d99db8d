-- Corrections and decisions on record.
-- * A grant registered in error is annulled (status 'annulled', only before any
--   payment): it leaves every figure and stays visible, with the reason why in
--   `correction_reason`, which also holds the reason of an update of its fields.
-- * A lapse or withdrawal recorded in error is reinstated: lapsed → approved,
--   withdrawn → approved or back to applied.
-- * Every decision on a grant (approved, rejected, lapsed, withdrawn,
--   reinstated) is a row of `grant_decision`: the day it was made, who made it
--   (one of `decider`, a list a user extends), the case or meeting, the reason,
--   and the moment it was registered (UTC), kept apart from the day decided.
--   The members who stepped aside for conflict of interest (habilitet) are rows
--   of `grant_recusal`.
-- * `decided_on` is the day of the grant's last decision: an approval sets it
--   too (it stayed empty before; rows approved earlier take their approval day).
-- The grant table is made anew, as 0006 did, to change its status CHECK.

CREATE TABLE decider (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
) STRICT;

INSERT INTO decider (name) VALUES ('styret'), ('daglig leder'), ('administrasjonen'), ('formannskapet'), ('kommunestyret');

CREATE TABLE grant_new (
    id INTEGER PRIMARY KEY,
    fund_id INTEGER NOT NULL REFERENCES fund(id),
    applicant_id INTEGER NOT NULL REFERENCES partner(id),
    project_id INTEGER REFERENCES project(id),
    purpose TEXT,
    basis TEXT NOT NULL DEFAULT 'de-minimis' CHECK (basis IN ('de-minimis', 'gber', 'purchase', 'not-aid')),
    amount_applied_ore INTEGER NOT NULL CHECK (amount_applied_ore > 0),
    total_cost_ore INTEGER NOT NULL CHECK (total_cost_ore > 0),
    received_on TEXT NOT NULL CHECK (received_on IS date(received_on, '+0 days')),
    status TEXT NOT NULL DEFAULT 'applied'
        CHECK (status IN ('applied', 'approved', 'paid', 'closed', 'rejected', 'withdrawn', 'lapsed', 'repaid', 'annulled')),
    approved_on TEXT CHECK (approved_on IS NULL OR approved_on IS date(approved_on, '+0 days')),
    amount_approved_ore INTEGER CHECK (amount_approved_ore IS NULL OR amount_approved_ore > 0),
    deadline TEXT CHECK (deadline IS NULL OR deadline IS date(deadline, '+0 days')),
    case_ref TEXT,
    -- NOK per EUR on the day of approval: de minimis aid is counted in EUR.
    eur_rate REAL CHECK (eur_rate IS NULL OR eur_rate > 0),
    -- Why an intensity above the lower limit was accepted.
    intensity_reason TEXT,
    -- The day of the grant's last decision, and why.
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on, '+0 days')),
    decision_note TEXT,
    -- The day the grant's unpaid rest went back to the fund.
    released_on TEXT CHECK (released_on IS NULL OR released_on IS date(released_on, '+0 days')),
    -- Why it was annulled, or why its fields were last corrected.
    correction_reason TEXT,
    CHECK ((approved_on IS NULL) = (amount_approved_ore IS NULL)),
    CHECK (approved_on IS NULL OR approved_on >= received_on),
    CHECK (status NOT IN ('approved', 'paid', 'closed', 'lapsed', 'repaid') OR approved_on IS NOT NULL),
    CHECK (status NOT IN ('applied', 'rejected') OR approved_on IS NULL),
    CHECK (basis <> 'de-minimis' OR approved_on IS NULL OR eur_rate IS NOT NULL),
    CHECK ((released_on IS NOT NULL)
        = (status IN ('closed', 'lapsed', 'repaid') OR (status = 'withdrawn' AND approved_on IS NOT NULL))),
    CHECK (released_on IS NULL OR released_on >= approved_on),
    CHECK (status <> 'annulled' OR correction_reason IS NOT NULL)
) STRICT;

INSERT INTO grant_new (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
                       status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, intensity_reason, decided_on,
                       decision_note, released_on)
SELECT id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
       status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, intensity_reason, coalesce(decided_on, approved_on),
       decision_note, released_on
FROM grant;
DROP TABLE grant;
PRAGMA legacy_alter_table = ON;
ALTER TABLE grant_new RENAME TO grant;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX grant_by_fund ON grant (fund_id, status);
CREATE INDEX grant_by_applicant ON grant (applicant_id);
CREATE INDEX grant_by_project ON grant (project_id);
CREATE INDEX grant_by_status_deadline ON grant (status, deadline);
CREATE INDEX grant_by_approval ON grant (fund_id, approved_on);

-- applied ─► approved ─► (partly paid) ─► paid ─► closed
--    ├► rejected ├► lapsed, withdrawn ├► lapsed, repaid
-- and the corrections: lapsed or withdrawn back (reinstated), and annulled
-- from any state nothing was paid in.
CREATE TRIGGER grant_status_moves_as_drawn
BEFORE UPDATE OF status ON grant
WHEN NEW.status <> OLD.status AND NOT (
       (OLD.status = 'applied'   AND NEW.status IN ('approved', 'rejected', 'withdrawn', 'annulled'))
    OR (OLD.status = 'approved'  AND NEW.status IN ('paid', 'closed', 'lapsed', 'withdrawn', 'repaid', 'annulled'))
    OR (OLD.status = 'paid'      AND NEW.status IN ('closed', 'repaid'))
    OR (OLD.status = 'closed'    AND NEW.status = 'repaid')
    OR (OLD.status = 'rejected'  AND NEW.status = 'annulled')
    OR (OLD.status = 'withdrawn' AND NEW.status IN ('applied', 'approved', 'annulled'))
    OR (OLD.status = 'lapsed'    AND NEW.status IN ('approved', 'annulled')))
BEGIN
    SELECT RAISE(ABORT, 'a grant''s status moves applied → approved → paid → closed, or to rejected, withdrawn, lapsed, repaid or annulled as drawn');
END;

-- Only a grant nothing was ever paid on is annulled.
CREATE TRIGGER grant_annulled_only_unpaid
BEFORE UPDATE OF status ON grant
WHEN NEW.status = 'annulled' AND OLD.status <> 'annulled' AND EXISTS (SELECT 1 FROM payment WHERE grant_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a grant money was paid on cannot be annulled');
END;

-- An approved grant's amount and date are its decision: they do not change afterwards.
CREATE TRIGGER grant_decision_is_final
BEFORE UPDATE OF amount_approved_ore, approved_on, fund_id, applicant_id ON grant
WHEN OLD.approved_on IS NOT NULL AND (NEW.amount_approved_ore IS NOT OLD.amount_approved_ore
    OR NEW.approved_on IS NOT OLD.approved_on OR NEW.fund_id IS NOT OLD.fund_id OR NEW.applicant_id IS NOT OLD.applicant_id)
BEGIN
    SELECT RAISE(ABORT, 'an approved grant''s amount, date, fund and recipient are final');
END;

CREATE TABLE grant_decision (
    id INTEGER PRIMARY KEY,
    grant_id INTEGER NOT NULL REFERENCES grant(id),
    decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'lapsed', 'withdrawn', 'reinstated')),
    decided_on TEXT NOT NULL CHECK (decided_on IS date(decided_on, '+0 days')),
    decided_by TEXT REFERENCES decider(name),
    case_ref TEXT,
    reason TEXT,
    -- The moment mon registered it, UTC; shown in Europe/Oslo.
    registered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX grant_decision_by_grant ON grant_decision (grant_id, id);
CREATE INDEX grant_decision_by_decider ON grant_decision (decided_by);

CREATE TABLE grant_recusal (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES grant_decision(id),
    -- The grant, so that the grant's history shows who stepped aside.
    grant_id INTEGER NOT NULL REFERENCES grant(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    grounds TEXT NOT NULL CHECK (length(trim(grounds)) > 0)
) STRICT;
CREATE INDEX grant_recusal_by_decision ON grant_recusal (decision_id);
CREATE INDEX grant_recusal_by_grant ON grant_recusal (grant_id);

-- Who decided what, when, on which case, and who stepped aside. It names only
-- the two tables of decisions: a view naming `grant` or `partner` would stop a
-- later migration from rebuilding them (the rename re-reads every view).
CREATE VIEW decision AS
SELECT grant_decision.id, grant_decision.grant_id, grant_decision.decision, grant_decision.decided_on,
       grant_decision.decided_by, grant_decision.case_ref, grant_decision.reason, grant_decision.registered_at,
       (SELECT json_group_array(json_object('name', grant_recusal.name, 'grounds', grant_recusal.grounds))
        FROM grant_recusal WHERE grant_recusal.decision_id = grant_decision.id) AS recused
FROM grant_decision;
