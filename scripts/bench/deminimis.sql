-- The work of `mon deminimis 11 --at 2023-06-30`: the aid of partner 11's undertaking in the fiscal window.
WITH undertaking AS (
    SELECT id FROM partner WHERE id = 11 OR group_id = (SELECT group_id FROM partner WHERE id = 11 AND group_id IS NOT NULL))
SELECT sum(round(effective / eur_rate)) / 100.0 AS total_eur FROM (
    SELECT grant.amount_approved_ore
           - CASE WHEN grant.released_on IS NOT NULL
                  THEN grant.amount_approved_ore - (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment')
                  ELSE 0 END
           - (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment') AS effective,
           grant.eur_rate
    FROM grant
    WHERE grant.basis = 'de-minimis' AND grant.approved_on BETWEEN '2021-01-01' AND '2023-12-31'
      AND grant.applicant_id IN (SELECT id FROM undertaking)
    UNION ALL
    SELECT amount_ore, eur_rate FROM deminimis_declaration
    WHERE granted_on BETWEEN '2021-01-01' AND '2023-12-31' AND partner_id IN (SELECT id FROM undertaking));
