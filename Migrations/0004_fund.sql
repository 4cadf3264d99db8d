-- The rules of the næringsfond that the database itself can state, so that no
-- SQLite client can break them: how a grant's status may move, what a payment
-- or repayment may be, and that payments are never rewritten. The rules that
-- need the whole fund (availability over time, support intensity, de minimis)
-- are mon's, checked in the same transaction as the write; `mon doctor`
-- checks the fund's figures again.

-- The day a grant's unpaid rest went back to the fund: when it lapsed, was
-- withdrawn after approval, was closed or settled by a final payment below the
-- amount approved, or was first repaid.
ALTER TABLE grant ADD COLUMN released_on TEXT
    CHECK (released_on IS NULL OR released_on IS date(released_on, '+0 days'));

DROP TRIGGER grant_history_insert;
DROP TRIGGER grant_history_update;
DROP TRIGGER grant_history_delete;

CREATE TRIGGER grant_history_insert AFTER INSERT ON grant
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'grant', NEW.id, 'insert',
            json_object('id', NEW.id, 'fund_id', NEW.fund_id, 'applicant_id', NEW.applicant_id, 'project_id', NEW.project_id, 'purpose', NEW.purpose, 'basis', NEW.basis, 'amount_applied_ore', NEW.amount_applied_ore, 'total_cost_ore', NEW.total_cost_ore, 'received_on', NEW.received_on, 'status', NEW.status, 'approved_on', NEW.approved_on, 'amount_approved_ore', NEW.amount_approved_ore, 'deadline', NEW.deadline, 'case_ref', NEW.case_ref, 'eur_rate', NEW.eur_rate, 'intensity_reason', NEW.intensity_reason, 'decided_on', NEW.decided_on, 'decision_note', NEW.decision_note, 'released_on', NEW.released_on));
END;

CREATE TRIGGER grant_history_update AFTER UPDATE ON grant
WHEN OLD.id IS NOT NEW.id OR OLD.fund_id IS NOT NEW.fund_id OR OLD.applicant_id IS NOT NEW.applicant_id OR OLD.project_id IS NOT NEW.project_id OR OLD.purpose IS NOT NEW.purpose OR OLD.basis IS NOT NEW.basis OR OLD.amount_applied_ore IS NOT NEW.amount_applied_ore OR OLD.total_cost_ore IS NOT NEW.total_cost_ore OR OLD.received_on IS NOT NEW.received_on OR OLD.status IS NOT NEW.status OR OLD.approved_on IS NOT NEW.approved_on OR OLD.amount_approved_ore IS NOT NEW.amount_approved_ore OR OLD.deadline IS NOT NEW.deadline OR OLD.case_ref IS NOT NEW.case_ref OR OLD.eur_rate IS NOT NEW.eur_rate OR OLD.intensity_reason IS NOT NEW.intensity_reason OR OLD.decided_on IS NOT NEW.decided_on OR OLD.decision_note IS NOT NEW.decision_note OR OLD.released_on IS NOT NEW.released_on
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'grant', NEW.id, 'update',
            json_object('id', OLD.id, 'fund_id', OLD.fund_id, 'applicant_id', OLD.applicant_id, 'project_id', OLD.project_id, 'purpose', OLD.purpose, 'basis', OLD.basis, 'amount_applied_ore', OLD.amount_applied_ore, 'total_cost_ore', OLD.total_cost_ore, 'received_on', OLD.received_on, 'status', OLD.status, 'approved_on', OLD.approved_on, 'amount_approved_ore', OLD.amount_approved_ore, 'deadline', OLD.deadline, 'case_ref', OLD.case_ref, 'eur_rate', OLD.eur_rate, 'intensity_reason', OLD.intensity_reason, 'decided_on', OLD.decided_on, 'decision_note', OLD.decision_note, 'released_on', OLD.released_on),
            json_object('id', NEW.id, 'fund_id', NEW.fund_id, 'applicant_id', NEW.applicant_id, 'project_id', NEW.project_id, 'purpose', NEW.purpose, 'basis', NEW.basis, 'amount_applied_ore', NEW.amount_applied_ore, 'total_cost_ore', NEW.total_cost_ore, 'received_on', NEW.received_on, 'status', NEW.status, 'approved_on', NEW.approved_on, 'amount_approved_ore', NEW.amount_approved_ore, 'deadline', NEW.deadline, 'case_ref', NEW.case_ref, 'eur_rate', NEW.eur_rate, 'intensity_reason', NEW.intensity_reason, 'decided_on', NEW.decided_on, 'decision_note', NEW.decision_note, 'released_on', NEW.released_on));
END;

CREATE TRIGGER grant_history_delete AFTER DELETE ON grant
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'grant', OLD.id, 'delete',
            json_object('id', OLD.id, 'fund_id', OLD.fund_id, 'applicant_id', OLD.applicant_id, 'project_id', OLD.project_id, 'purpose', OLD.purpose, 'basis', OLD.basis, 'amount_applied_ore', OLD.amount_applied_ore, 'total_cost_ore', OLD.total_cost_ore, 'received_on', OLD.received_on, 'status', OLD.status, 'approved_on', OLD.approved_on, 'amount_approved_ore', OLD.amount_approved_ore, 'deadline', OLD.deadline, 'case_ref', OLD.case_ref, 'eur_rate', OLD.eur_rate, 'intensity_reason', OLD.intensity_reason, 'decided_on', OLD.decided_on, 'decision_note', OLD.decision_note, 'released_on', OLD.released_on));
END;

-- The fund MON starts with; others (a covid fund, say) are added beside it.
-- Its history row names this migration as the actor.
INSERT INTO current_actor (id, name) VALUES (1, 'mon migration 0004_fund');
INSERT INTO fund (name, description) VALUES
    ('Kommunalt næringsfond', 'Vefsn kommunes næringsfond, forvaltet av MON');
DELETE FROM current_actor;

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

CREATE TRIGGER payment_only_on_an_open_grant
BEFORE INSERT ON payment
WHEN NEW.kind = 'payment' AND (
       (SELECT status FROM grant WHERE id = NEW.grant_id) IS NOT 'approved'
    OR NEW.paid_on < (SELECT approved_on FROM grant WHERE id = NEW.grant_id)
    OR NEW.amount_ore + (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = NEW.grant_id AND kind = 'payment')
       > (SELECT amount_approved_ore FROM grant WHERE id = NEW.grant_id))
BEGIN
    SELECT RAISE(ABORT, 'a payment goes only to an approved grant, not before its approval, and never beyond the amount approved');
END;

CREATE TRIGGER repayment_only_of_what_was_paid
BEFORE INSERT ON payment
WHEN NEW.kind = 'repayment' AND (
       (SELECT status FROM grant WHERE id = NEW.grant_id) NOT IN ('approved', 'paid', 'closed', 'repaid')
    OR NEW.amount_ore + (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = NEW.grant_id AND kind = 'repayment')
       > (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = NEW.grant_id AND kind = 'payment'))
BEGIN
    SELECT RAISE(ABORT, 'a repayment never exceeds what was paid out on the grant');
END;

-- Money that has moved is corrected by a new entry, never by rewriting one.
CREATE TRIGGER payment_is_append_only_update BEFORE UPDATE ON payment
BEGIN SELECT RAISE(ABORT, 'payments are append-only: record a repayment or a new payment instead'); END;
CREATE TRIGGER payment_is_append_only_delete BEFORE DELETE ON payment
BEGIN SELECT RAISE(ABORT, 'payments are append-only: record a repayment or a new payment instead'); END;

CREATE INDEX grant_by_status_deadline ON grant (status, deadline);
CREATE INDEX grant_by_approval ON grant (fund_id, approved_on);
