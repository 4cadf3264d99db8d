-- Two partners whose names differ only by Unicode form or case ("Ærfugl AS",
-- "ÆRFUGL AS", "Ærfugl AS" written with a combining ring) are the same name: a
-- second one is refused unless an organisation number tells them apart, that
-- is, unless both have one (and orgnr is UNIQUE).
--
-- SQL cannot normalise Unicode or fold case beyond ASCII, so mon computes the
-- key (NFC, case-folded, white space as one space) and stores it; the rule on
-- the key is the database's own, below, so no client can break it by going
-- around mon. A row without a key (written before this migration, or by
-- another client) is given one by mon before its next change of a partner;
-- giving a key changes neither name nor orgnr, so it is not checked, and two
-- partners that already shared a name before this migration stay as they were.
ALTER TABLE partner ADD COLUMN name_key TEXT;
CREATE INDEX partner_by_name_key ON partner (name_key);

CREATE TRIGGER partner_name_is_unique_insert
BEFORE INSERT ON partner
WHEN NEW.name_key IS NOT NULL AND EXISTS (
    SELECT 1 FROM partner WHERE name_key = NEW.name_key AND (orgnr IS NULL OR NEW.orgnr IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'another partner has this name: two partners share a name only when both have an organisation number');
END;

CREATE TRIGGER partner_name_is_unique_update
BEFORE UPDATE OF name, orgnr ON partner
WHEN NEW.name_key IS NOT NULL AND EXISTS (
    SELECT 1 FROM partner WHERE id <> NEW.id AND name_key = NEW.name_key AND (orgnr IS NULL OR NEW.orgnr IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'another partner has this name: two partners share a name only when both have an organisation number');
END;

-- A name changed from outside mon keeps no stale key: it loses it, and mon gives it a new one.
CREATE TRIGGER partner_name_change_clears_key
AFTER UPDATE OF name ON partner
WHEN NEW.name IS NOT OLD.name AND NEW.name_key IS OLD.name_key
BEGIN
    UPDATE partner SET name_key = NULL WHERE id = NEW.id;
END;
