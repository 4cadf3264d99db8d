-- What the grant table did not yet state itself, so that no SQLite client can
-- break it either:
-- * an application's aid basis defaults to de minimis, as in mon (it was 'not-aid');
-- * the day a grant's unpaid rest went back to the fund is set exactly when it
--   went back: when the grant lapsed, was withdrawn after approval, was closed
--   (by a final payment, or once fully paid) or was repaid; and not before its
--   approval.
-- SQLite cannot add a CHECK or change a default in place: the table is made
-- anew, its rows copied, the old one dropped and the new one renamed, with its
-- indexes and triggers made again. The migrator runs this with foreign keys off
-- and checks them before commit, so payments and the other rows that refer to
-- a grant keep their grant. `legacy_alter_table` lets the rename through while
-- the payment triggers name a table that, for that moment, does not exist.

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
    -- The day the grant's unpaid rest went back to the fund.
    released_on TEXT CHECK (released_on IS NULL OR released_on IS date(released_on, '+0 days')),
    CHECK ((approved_on IS NULL) = (amount_approved_ore IS NULL)),
    CHECK (approved_on IS NULL OR approved_on >= received_on),
    CHECK (status NOT IN ('approved', 'paid', 'closed', 'lapsed', 'repaid') OR approved_on IS NOT NULL),
    CHECK (status NOT IN ('applied', 'rejected') OR approved_on IS NULL),
    CHECK (basis <> 'de-minimis' OR approved_on IS NULL OR eur_rate IS NOT NULL),
    CHECK ((released_on IS NOT NULL)
        = (status IN ('closed', 'lapsed', 'repaid') OR (status = 'withdrawn' AND approved_on IS NOT NULL))),
    CHECK (released_on IS NULL OR released_on >= approved_on)
) STRICT;

INSERT INTO grant_new SELECT * FROM grant;
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
CREATE TRIGGER grant_status_moves_as_drawn
BEFORE UPDATE OF status ON grant
WHEN NEW.status <> OLD.status AND NOT (
       (OLD.status = 'applied'  AND NEW.status IN ('approved', 'rejected', 'withdrawn'))
    OR (OLD.status = 'approved' AND NEW.status IN ('paid', 'closed', 'lapsed', 'withdrawn', 'repaid'))
    OR (OLD.status = 'paid'     AND NEW.status IN ('closed', 'repaid'))
    OR (OLD.status = 'closed'   AND NEW.status = 'repaid'))
BEGIN
    SELECT RAISE(ABORT, 'a grant''s status moves applied → approved → paid → closed, or to rejected, withdrawn, lapsed or repaid as drawn');
END;

-- An approved grant's amount and date are its decision: they do not change afterwards.
CREATE TRIGGER grant_decision_is_final
BEFORE UPDATE OF amount_approved_ore, approved_on, fund_id, applicant_id ON grant
WHEN OLD.approved_on IS NOT NULL AND (NEW.amount_approved_ore IS NOT OLD.amount_approved_ore
    OR NEW.approved_on IS NOT OLD.approved_on OR NEW.fund_id IS NOT OLD.fund_id OR NEW.applicant_id IS NOT OLD.applicant_id)
BEGIN
    SELECT RAISE(ABORT, 'an approved grant''s amount, date, fund and recipient are final');
END;
