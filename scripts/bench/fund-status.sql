-- The work of `mon fund status`: every fund's allocated, committed, disbursed, returned and available.
WITH figures AS (
    SELECT grant.fund_id, grant.amount_approved_ore AS approved, grant.released_on,
           (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment') AS paid,
           (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment') AS repaid
    FROM grant WHERE grant.approved_on IS NOT NULL),
totals AS (
    SELECT fund_id, sum(CASE WHEN released_on IS NULL THEN approved - paid ELSE 0 END) AS committed,
           sum(paid - repaid) AS disbursed, sum(CASE WHEN released_on IS NOT NULL THEN approved - paid ELSE 0 END + repaid) AS returned
    FROM figures GROUP BY fund_id)
SELECT fund.name, allocated, committed, disbursed, returned, allocated - committed - disbursed AS available
FROM fund
JOIN (SELECT fund_id, sum(amount_ore) AS allocated FROM allocation GROUP BY fund_id) AS allocation ON allocation.fund_id = fund.id
LEFT JOIN totals ON totals.fund_id = fund.id ORDER BY fund.id;
