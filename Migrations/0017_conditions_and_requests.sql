-- Conditions on a grant (vilkår) and payment requests (utbetalingsanmodninger).
-- * An approval may set: the completion date (the project is to be done by it;
--   a part payment after it needs the date moved later), the day the final
--   report is due, the largest share of documented costs the grant may cover
--   (Herøy: "maks 12,07 % av regnskapsførte kostnader"), and a holdback (a share
--   of the grant kept back until the final report). Shares are whole hundredths
--   of a percent (1207 = 12,07 %), so that a share of an amount is exact.
-- * Free-text conditions are rows of `grant_condition`, in the order typed.
-- * Money on a grant with conditions is paid against a payment request: the
--   amount asked, the costs documented so far (accumulated), a status or final
--   report, final or not. The payment that pays it names it (`request_id`), and
--   a request is paid at most once.
-- * `holdback_default` is the holdback an approval takes when none is typed.
-- Columns are added, never the grant or payment table rebuilt, so that other
-- triggers on them stay.

ALTER TABLE grant ADD COLUMN completion_on TEXT
    CHECK (completion_on IS NULL OR completion_on IS date(completion_on, '+0 days'));
ALTER TABLE grant ADD COLUMN report_due TEXT
    CHECK (report_due IS NULL OR report_due IS date(report_due, '+0 days'));
ALTER TABLE grant ADD COLUMN max_share_bp INTEGER
    CHECK (max_share_bp IS NULL OR max_share_bp BETWEEN 1 AND 10000);
ALTER TABLE grant ADD COLUMN holdback_bp INTEGER
    CHECK (holdback_bp IS NULL OR holdback_bp BETWEEN 1 AND 10000);

CREATE TABLE grant_condition (
    id INTEGER PRIMARY KEY,
    grant_id INTEGER NOT NULL REFERENCES grant(id),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;
CREATE INDEX grant_condition_by_grant ON grant_condition (grant_id);

CREATE TABLE payment_request (
    id INTEGER PRIMARY KEY,
    grant_id INTEGER NOT NULL REFERENCES grant(id),
    requested_on TEXT NOT NULL CHECK (requested_on IS date(requested_on, '+0 days')),
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    -- The project's documented costs so far, not this request's alone.
    costs_ore INTEGER NOT NULL CHECK (costs_ore >= 0),
    is_final INTEGER NOT NULL DEFAULT 0 CHECK (is_final IN (0, 1)),
    report TEXT CHECK (report IS NULL OR length(trim(report)) > 0),
    -- A final request carries the final report (sluttrapport).
    CHECK (is_final = 0 OR report IS NOT NULL)
) STRICT;
CREATE INDEX payment_request_by_grant ON payment_request (grant_id, requested_on);

ALTER TABLE payment ADD COLUMN request_id INTEGER REFERENCES payment_request(id);
CREATE UNIQUE INDEX payment_by_request ON payment (request_id) WHERE request_id IS NOT NULL;

-- A request's documented costs never go down, and a request is never changed
-- or removed: a mistake is a new request.
CREATE TRIGGER payment_request_costs_never_fall
BEFORE INSERT ON payment_request
WHEN NEW.costs_ore < (SELECT max(costs_ore) FROM payment_request WHERE grant_id = NEW.grant_id)
BEGIN
    SELECT RAISE(ABORT, 'documented costs are lower than an earlier request''s');
END;

CREATE TRIGGER payment_request_is_append_only_update
BEFORE UPDATE ON payment_request
BEGIN
    SELECT RAISE(ABORT, 'a payment request is never changed: record a new one');
END;

CREATE TRIGGER payment_request_is_append_only_delete
BEFORE DELETE ON payment_request
BEGIN
    SELECT RAISE(ABORT, 'a payment request is never deleted: record a new one');
END;

-- A payment names a request of its own grant.
CREATE TRIGGER payment_request_of_its_grant
BEFORE INSERT ON payment
WHEN NEW.request_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM payment_request WHERE id = NEW.request_id AND grant_id = NEW.grant_id)
BEGIN
    SELECT RAISE(ABORT, 'the payment request belongs to another grant');
END;

INSERT INTO current_actor (id, name) VALUES (1, 'mon migration 0017_conditions_and_requests');
INSERT INTO parameter (key, valid_from, value, set_by) VALUES ('holdback_default', '2000-01-01', '0', 'mon');
DELETE FROM current_actor;
