-- The register threshold as the rule stood on each award day, and the EUR
-- reference rate of each month.
--
-- An award of state aid is reported to Registeret for offentlig støtte from
-- EUR 500 000 before 2023-12-11 and from EUR 100 000 since (regjeringen.no,
-- "Melding av støttetildelinger til Registeret for offentlig støtte"). 0001
-- seeded 100 000 for every day; the earlier value is corrected only where
-- nobody has changed it.
INSERT INTO current_actor (id, name) VALUES (1, 'mon migration 0010_register_and_rates');
UPDATE parameter SET value = '500000'
WHERE key = 'register_threshold_eur' AND valid_from = '2000-01-01' AND value = '100000' AND set_by = 'mon';
INSERT OR IGNORE INTO parameter (key, valid_from, value, set_by) VALUES
    ('register_threshold_eur', '2023-12-11', '100000', 'mon');
DELETE FROM current_actor;

-- The month's EUR reference rate in NOK per EUR: an award or a declaration
-- given without a rate takes its month's, and a typed rate far from it is
-- refused. The bounds are those of `Bounds.euroRateLimit`; the dated bounds
-- of `eur_rate_min`/`eur_rate_max` are mon's to check.
CREATE TABLE eur_rate (
    month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date(month || '-01') IS month || '-01'),
    nok_per_eur REAL NOT NULL CHECK (nok_per_eur >= 1 AND nok_per_eur <= 100),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
