-- Each fund's running total of its ledger days, so that a position is the
-- total less the (usually no) days after the date asked about, whatever the
-- length of the fund's history. Triggers on ledger_fund_day keep it in the same
-- transaction as every change of a day, whoever writes it: the ledger's own
-- triggers (0019), an import filling days set-wise, or the sqlite3 shell.
-- `mon doctor` compares it with the sums of the days.
CREATE TABLE ledger_fund_total (
    fund_id INTEGER PRIMARY KEY,
    allocated_ore INTEGER NOT NULL DEFAULT 0,
    applied_ore INTEGER NOT NULL DEFAULT 0,
    granted_ore INTEGER NOT NULL DEFAULT 0,
    paid_ore INTEGER NOT NULL DEFAULT 0,
    repaid_ore INTEGER NOT NULL DEFAULT 0,
    released_ore INTEGER NOT NULL DEFAULT 0
) STRICT;

-- What ledger_fund_total must hold: the sums of each fund's days.
CREATE VIEW ledger_fund_total_source (fund_id, allocated_ore, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore) AS
SELECT fund_id, sum(allocated_ore), sum(applied_ore), sum(granted_ore), sum(paid_ore), sum(repaid_ore), sum(released_ore)
FROM ledger_fund_day GROUP BY fund_id;

INSERT INTO ledger_fund_total SELECT * FROM ledger_fund_total_source;

-- A day's amounts added to (or, negated, taken from) its fund's total: written in one place.
CREATE VIEW ledger_fund_total_change (fund_id, allocated_ore, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore) AS
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;

CREATE TRIGGER ledger_fund_total_change_apply INSTEAD OF INSERT ON ledger_fund_total_change
BEGIN
    INSERT INTO ledger_fund_total (fund_id, allocated_ore, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore)
    VALUES (NEW.fund_id, NEW.allocated_ore, NEW.applied_ore, NEW.granted_ore, NEW.paid_ore, NEW.repaid_ore, NEW.released_ore)
    ON CONFLICT (fund_id) DO UPDATE SET
        allocated_ore = allocated_ore + excluded.allocated_ore, applied_ore = applied_ore + excluded.applied_ore,
        granted_ore = granted_ore + excluded.granted_ore, paid_ore = paid_ore + excluded.paid_ore,
        repaid_ore = repaid_ore + excluded.repaid_ore, released_ore = released_ore + excluded.released_ore;
END;

-- An upsert into ledger_fund_day fires the insert trigger when it makes the day
-- and the update trigger when it adds to it.
CREATE TRIGGER ledger_fund_total_insert AFTER INSERT ON ledger_fund_day
BEGIN
    INSERT INTO ledger_fund_total_change VALUES (NEW.fund_id, NEW.allocated_ore, NEW.applied_ore, NEW.granted_ore,
                                                 NEW.paid_ore, NEW.repaid_ore, NEW.released_ore);
END;

CREATE TRIGGER ledger_fund_total_update AFTER UPDATE ON ledger_fund_day
BEGIN
    INSERT INTO ledger_fund_total_change VALUES
        (OLD.fund_id, -OLD.allocated_ore, -OLD.applied_ore, -OLD.granted_ore, -OLD.paid_ore, -OLD.repaid_ore, -OLD.released_ore),
        (NEW.fund_id, NEW.allocated_ore, NEW.applied_ore, NEW.granted_ore, NEW.paid_ore, NEW.repaid_ore, NEW.released_ore);
END;

CREATE TRIGGER ledger_fund_total_delete AFTER DELETE ON ledger_fund_day
BEGIN
    INSERT INTO ledger_fund_total_change VALUES (OLD.fund_id, -OLD.allocated_ore, -OLD.applied_ore, -OLD.granted_ore,
                                                 -OLD.paid_ore, -OLD.repaid_ore, -OLD.released_ore);
END;
