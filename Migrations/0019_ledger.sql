-- The ledger: derived bookkeeping that keeps the fund's figures as running
-- amounts, so that a fund's position as of a day is a sum over that fund's
-- days, not over its grants. Triggers on grant, payment and allocation keep it
-- in the same transaction as every change, whoever writes (mon or the sqlite3
-- shell). The figures stay defined over the raw tables (docs/schema.md);
-- `mon doctor` recomputes the ledger from them and names any difference.

-- One row per grant that counts (not annulled): the columns the figures read,
-- and the grant's payments and repayments summed over everything recorded.
CREATE TABLE ledger_grant (
    grant_id INTEGER PRIMARY KEY,
    fund_id INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    approved_on TEXT,
    released_on TEXT,
    applied_ore INTEGER NOT NULL,
    granted_ore INTEGER NOT NULL,
    paid_ore INTEGER NOT NULL,
    repaid_ore INTEGER NOT NULL
) STRICT;

-- What changed each fund's figures on each day (deltas): a figure as of D is
-- the sum of the fund's rows with day <= D; committed = granted - paid - released.
CREATE TABLE ledger_fund_day (
    fund_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    allocated_ore INTEGER NOT NULL DEFAULT 0,
    applied_ore INTEGER NOT NULL DEFAULT 0,
    granted_ore INTEGER NOT NULL DEFAULT 0,
    paid_ore INTEGER NOT NULL DEFAULT 0,
    repaid_ore INTEGER NOT NULL DEFAULT 0,
    released_ore INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (fund_id, day)
) STRICT, WITHOUT ROWID;

-- The deltas of each counted grant and of each of its payments. A grant's rest
-- (granted less paid) is released on released_on: the whole grant is released
-- then, and each payment takes itself back out of the released amount on its
-- own day or the release's, whichever is later, so released as of D is
-- granted - paid by D for every grant released by D.
CREATE VIEW ledger_entry (grant_id, payment_id, fund_id, day, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore) AS
SELECT grant_id, NULL, fund_id, received_on, applied_ore, 0, 0, 0, 0 FROM ledger_grant
UNION ALL
SELECT grant_id, NULL, fund_id, approved_on, 0, granted_ore, 0, 0, 0 FROM ledger_grant WHERE approved_on IS NOT NULL
UNION ALL
SELECT grant_id, NULL, fund_id, released_on, 0, 0, 0, 0, granted_ore FROM ledger_grant WHERE released_on IS NOT NULL
UNION ALL
SELECT g.grant_id, p.id, g.fund_id, max(g.received_on, p.paid_on), 0, 0,
       iif(p.kind = 'payment', p.amount_ore, 0), iif(p.kind = 'repayment', p.amount_ore, 0), 0
FROM ledger_grant AS g JOIN payment AS p ON p.grant_id = g.grant_id
UNION ALL
SELECT g.grant_id, p.id, g.fund_id, max(g.received_on, p.paid_on, g.released_on), 0, 0, 0, 0, -p.amount_ore
FROM ledger_grant AS g JOIN payment AS p ON p.grant_id = g.grant_id
WHERE p.kind = 'payment' AND g.released_on IS NOT NULL;

-- What a grant row puts in ledger_grant: nothing when it is annulled.
CREATE VIEW ledger_grant_source (grant_id, fund_id, received_on, approved_on, released_on, applied_ore, granted_ore, paid_ore, repaid_ore) AS
SELECT grant.id, grant.fund_id, grant.received_on, grant.approved_on, grant.released_on, grant.amount_applied_ore,
       iif(grant.approved_on IS NULL, 0, coalesce(grant.amount_approved_ore, 0)),
       (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment'),
       (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment')
FROM grant WHERE grant.status <> 'annulled';

-- What ledger_fund_day must hold, recomputed from allocation and ledger_entry
-- (the migration fills the ledger from it; mon doctor compares the two).
CREATE VIEW ledger_fund_day_source (fund_id, day, allocated_ore, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore) AS
SELECT fund_id, day, sum(allocated), sum(applied), sum(granted), sum(paid), sum(repaid), sum(released) FROM (
    SELECT fund_id, printf('%04d-01-01', year) AS day, amount_ore AS allocated, 0 AS applied, 0 AS granted, 0 AS paid,
           0 AS repaid, 0 AS released
    FROM allocation WHERE annulled_at IS NULL
    UNION ALL
    SELECT fund_id, day, 0, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore FROM ledger_entry
) GROUP BY fund_id, day;

-- The ledger filled from the rows already there.
INSERT INTO ledger_grant SELECT * FROM ledger_grant_source;
INSERT INTO ledger_fund_day SELECT * FROM ledger_fund_day_source;

-- Each change goes through one of these views, so that the deltas are written
-- in one place: sign -1 takes a row's deltas out, +1 puts them in. A row is read
-- as it stands when the change is applied (after an insert, before a delete).
CREATE VIEW ledger_grant_change (grant_id, sign) AS SELECT NULL, NULL WHERE 0;
CREATE VIEW ledger_payment_change (payment_id, sign) AS SELECT NULL, NULL WHERE 0;
CREATE VIEW ledger_allocation_change (fund_id, year, amount_ore, sign) AS SELECT NULL, NULL, NULL, NULL WHERE 0;

-- A grant in: its row made, then its deltas (and its payments') added; out: the
-- deltas taken away, then the row.
CREATE TRIGGER ledger_grant_change_apply INSTEAD OF INSERT ON ledger_grant_change
BEGIN
    INSERT INTO ledger_grant SELECT * FROM ledger_grant_source WHERE grant_id = NEW.grant_id AND NEW.sign > 0;
    INSERT INTO ledger_fund_day (fund_id, day, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore)
    SELECT fund_id, day, NEW.sign * sum(applied_ore), NEW.sign * sum(granted_ore), NEW.sign * sum(paid_ore),
           NEW.sign * sum(repaid_ore), NEW.sign * sum(released_ore)
    FROM ledger_entry WHERE grant_id = NEW.grant_id GROUP BY fund_id, day
    ON CONFLICT (fund_id, day) DO UPDATE SET
        applied_ore = applied_ore + excluded.applied_ore, granted_ore = granted_ore + excluded.granted_ore,
        paid_ore = paid_ore + excluded.paid_ore, repaid_ore = repaid_ore + excluded.repaid_ore,
        released_ore = released_ore + excluded.released_ore;
    DELETE FROM ledger_grant WHERE grant_id = NEW.grant_id AND NEW.sign < 0;
END;

CREATE TRIGGER ledger_payment_change_apply INSTEAD OF INSERT ON ledger_payment_change
BEGIN
    UPDATE ledger_grant
    SET paid_ore = paid_ore + NEW.sign * (SELECT iif(kind = 'payment', amount_ore, 0) FROM payment WHERE id = NEW.payment_id),
        repaid_ore = repaid_ore + NEW.sign * (SELECT iif(kind = 'repayment', amount_ore, 0) FROM payment WHERE id = NEW.payment_id)
    WHERE grant_id = (SELECT grant_id FROM payment WHERE id = NEW.payment_id);
    INSERT INTO ledger_fund_day (fund_id, day, paid_ore, repaid_ore, released_ore)
    SELECT fund_id, day, NEW.sign * sum(paid_ore), NEW.sign * sum(repaid_ore), NEW.sign * sum(released_ore)
    FROM ledger_entry WHERE payment_id = NEW.payment_id GROUP BY fund_id, day
    ON CONFLICT (fund_id, day) DO UPDATE SET
        paid_ore = paid_ore + excluded.paid_ore, repaid_ore = repaid_ore + excluded.repaid_ore,
        released_ore = released_ore + excluded.released_ore;
END;

-- An allocation counts from 1 January of its year until it is annulled.
CREATE TRIGGER ledger_allocation_change_apply INSTEAD OF INSERT ON ledger_allocation_change
BEGIN
    INSERT INTO ledger_fund_day (fund_id, day, allocated_ore)
    SELECT NEW.fund_id, printf('%04d-01-01', NEW.year), NEW.sign * NEW.amount_ore WHERE true
    ON CONFLICT (fund_id, day) DO UPDATE SET allocated_ore = allocated_ore + excluded.allocated_ore;
END;

CREATE TRIGGER ledger_grant_insert AFTER INSERT ON grant
BEGIN
    INSERT INTO ledger_grant_change VALUES (NEW.id, 1);
END;

CREATE TRIGGER ledger_grant_update
AFTER UPDATE OF id, fund_id, status, received_on, approved_on, amount_applied_ore, amount_approved_ore, released_on ON grant
BEGIN
    INSERT INTO ledger_grant_change VALUES (OLD.id, -1), (NEW.id, 1);
END;

CREATE TRIGGER ledger_grant_delete AFTER DELETE ON grant
BEGIN
    INSERT INTO ledger_grant_change VALUES (OLD.id, -1);
END;

-- Payments are append-only (the rules of 0004 refuse an update or a delete);
-- should a change get past them, its old deltas come out before it, while the
-- row still holds them.
CREATE TRIGGER ledger_payment_insert AFTER INSERT ON payment
BEGIN
    INSERT INTO ledger_payment_change VALUES (NEW.id, 1);
END;

CREATE TRIGGER ledger_payment_delete BEFORE DELETE ON payment
BEGIN
    INSERT INTO ledger_payment_change VALUES (OLD.id, -1);
END;

CREATE TRIGGER ledger_payment_update_out BEFORE UPDATE OF id, grant_id, paid_on, kind, amount_ore ON payment
BEGIN
    INSERT INTO ledger_payment_change VALUES (OLD.id, -1);
END;

CREATE TRIGGER ledger_payment_update_in AFTER UPDATE OF id, grant_id, paid_on, kind, amount_ore ON payment
BEGIN
    INSERT INTO ledger_payment_change VALUES (NEW.id, 1);
END;

CREATE TRIGGER ledger_allocation_insert AFTER INSERT ON allocation WHEN NEW.annulled_at IS NULL
BEGIN
    INSERT INTO ledger_allocation_change VALUES (NEW.fund_id, NEW.year, NEW.amount_ore, 1);
END;

CREATE TRIGGER ledger_allocation_update AFTER UPDATE OF fund_id, year, amount_ore, annulled_at ON allocation
BEGIN
    INSERT INTO ledger_allocation_change SELECT OLD.fund_id, OLD.year, OLD.amount_ore, -1 WHERE OLD.annulled_at IS NULL;
    INSERT INTO ledger_allocation_change SELECT NEW.fund_id, NEW.year, NEW.amount_ore, 1 WHERE NEW.annulled_at IS NULL;
END;

CREATE TRIGGER ledger_allocation_delete AFTER DELETE ON allocation WHEN OLD.annulled_at IS NULL
BEGIN
    INSERT INTO ledger_allocation_change VALUES (OLD.fund_id, OLD.year, OLD.amount_ore, -1);
END;

-- The grants of a year (mon grant list --year): the year of approval, else of
-- receipt, as an expression the index holds.
CREATE INDEX grant_by_year ON grant (substr(coalesce(approved_on, received_on), 1, 4));
