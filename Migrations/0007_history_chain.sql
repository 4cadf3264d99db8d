-- Tamper evidence: each history row carries a SHA-256 over the hash of the row
-- before it and its own content (docs/schema.md gives the exact bytes), so
-- that changing, removing, inserting or reordering a row breaks the chain from
-- there on. mon seals every row not yet sealed in the transaction that writes,
-- before it commits; a row another SQLite client caused waits, unsealed, for
-- mon's next write.
ALTER TABLE history ADD COLUMN hash BLOB CHECK (hash IS NULL OR length(hash) = 32);

-- The one change a history row allows: its seal, once, with nothing else changed.
DROP TRIGGER history_is_append_only_update;
CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
    AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.table_name IS OLD.table_name
    AND NEW.row_id IS OLD.row_id AND NEW.action IS OLD.action
    AND NEW.old_values IS OLD.old_values AND NEW.new_values IS OLD.new_values)
BEGIN SELECT RAISE(ABORT, 'history is append-only: its rows cannot be changed'); END;
