-- The bounds of an EUR rate that an award or a de minimis declaration may be
-- recorded at, in NOK per EUR. The rate has lain between 7 and 12 since the
-- euro began; 5 to 25 leaves room for any rate that can happen and refuses a
-- rate typed without its decimal point (1149 for 11.49), which would shrink an
-- award a hundredfold in EUR and take it past the de minimis ceiling unseen.
-- Dated parameters, so that a later bound is one `mon param set` away.
INSERT INTO current_actor (id, name) VALUES (1, 'mon migration 0008_eur_rate_bounds');
INSERT INTO parameter (key, valid_from, value, set_by) VALUES
    ('eur_rate_min', '2000-01-01', '5', 'mon'),
    ('eur_rate_max', '2000-01-01', '25', 'mon');
DELETE FROM current_actor;
