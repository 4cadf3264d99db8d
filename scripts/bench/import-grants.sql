-- The baseline for `mon import grants`: SQLite's own CSV import, then one INSERT … SELECT.
.mode csv
.import --csv grants.csv staging
INSERT INTO grant (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
                   status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, intensity_reason, decided_on, released_on)
SELECT staging.id, fund.id, CAST(applicant AS INTEGER), nullif(project_id, ''), nullif(purpose, ''), basis,
       CAST(round(amount_applied * 100) AS INTEGER), CAST(round(total_cost * 100) AS INTEGER), received_on,
       CASE WHEN status IN ('rejected', 'withdrawn', 'applied') OR approved_on = '' THEN status ELSE 'approved' END,
       nullif(approved_on, ''), CAST(round(nullif(amount_approved, '') * 100) AS INTEGER), nullif(deadline, ''),
       nullif(case_ref, ''), CAST(nullif(eur_rate, '') AS REAL), nullif(intensity_reason, ''),
       CASE WHEN approved_on = '' THEN nullif(decided_on, '') END,
       CASE WHEN status = 'withdrawn' AND approved_on <> '' THEN nullif(decided_on, '') END
FROM staging JOIN fund ON fund.name = staging.fund;
