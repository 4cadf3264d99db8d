-- Corrections with a way back, nothing deleted: an allocation made in error is
-- annulled, a duplicate partner is merged into the one kept, and a project may
-- go on hold (active → planned). Each keeps its reason in the row it changes,
-- so the history row of the change carries it.

-- An annulled allocation stays, marked, with the moment it was annulled and why;
-- it counts in no figure.
ALTER TABLE allocation ADD COLUMN annulled_at TEXT
    CHECK (annulled_at IS NULL OR annulled_at IS strftime('%Y-%m-%dT%H:%M:%SZ', annulled_at));
ALTER TABLE allocation ADD COLUMN annul_reason TEXT
    CHECK ((annul_reason IS NULL) = (annulled_at IS NULL) AND (annul_reason IS NULL OR trim(annul_reason) <> ''));

CREATE TRIGGER allocation_annulment_is_final
BEFORE UPDATE ON allocation
WHEN OLD.annulled_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an annulled allocation does not change: make a new one');
END;

-- A merged partner stays, retired, pointing at the partner kept, with why.
ALTER TABLE partner ADD COLUMN merged_into INTEGER REFERENCES partner(id)
    CHECK (merged_into IS NULL OR merged_into <> id);
ALTER TABLE partner ADD COLUMN merge_reason TEXT
    CHECK ((merge_reason IS NULL) = (merged_into IS NULL) AND (merge_reason IS NULL OR trim(merge_reason) <> ''));

-- An approved grant's recipient is final, except that a merge moves it from the
-- duplicate to the partner kept (the duplicate is marked merged first). This
-- trigger names partner: a later migration that rebuilds partner renames the
-- new table with `legacy_alter_table` on, as 0006 does for grant.
DROP TRIGGER grant_decision_is_final;
CREATE TRIGGER grant_decision_is_final
BEFORE UPDATE OF amount_approved_ore, approved_on, fund_id, applicant_id ON grant
WHEN OLD.approved_on IS NOT NULL AND (NEW.amount_approved_ore IS NOT OLD.amount_approved_ore
    OR NEW.approved_on IS NOT OLD.approved_on OR NEW.fund_id IS NOT OLD.fund_id
    OR (NEW.applicant_id IS NOT OLD.applicant_id
        AND NEW.applicant_id IS NOT (SELECT merged_into FROM partner WHERE id = OLD.applicant_id)))
BEGIN
    SELECT RAISE(ABORT, 'an approved grant''s amount, date, fund and recipient are final');
END;

-- The moves `ProjectStatus.moves` allows, and no other: forward (a step may be
-- skipped), to cancelled, and the one step back, active → planned (on hold),
-- only with a note saying why.
DROP TRIGGER project_status_moves_forward;
CREATE TRIGGER project_status_moves_as_ruled
BEFORE UPDATE OF status ON project
WHEN NEW.status <> OLD.status AND NOT (
       (OLD.status = 'idea'    AND NEW.status IN ('planned', 'active', 'completed', 'cancelled'))
    OR (OLD.status = 'planned' AND NEW.status IN ('active', 'completed', 'cancelled'))
    OR (OLD.status = 'active'  AND NEW.status IN ('completed', 'cancelled'))
    OR (OLD.status = 'active'  AND NEW.status = 'planned' AND trim(coalesce(NEW.status_note, '')) <> ''))
BEGIN
    SELECT RAISE(ABORT, 'project status may only move forward: idea, planned, active, completed; or to cancelled; or from active back to planned with a note');
END;
