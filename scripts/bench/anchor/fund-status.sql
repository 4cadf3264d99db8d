-- The anchor for `mon fund status`: the best a user could write from the raw
-- tables alone (no ledger): each grant's payments summed once by GROUP BY, joined
-- to the grants that count, then summed per fund.
WITH money AS (
    SELECT grant_id, sum(iif(kind = 'payment', amount_ore, 0)) AS paid, sum(iif(kind = 'repayment', amount_ore, 0)) AS repaid
    FROM payment GROUP BY grant_id),
figures AS (
    SELECT grant.fund_id, grant.amount_approved_ore AS approved, grant.released_on IS NOT NULL AS released,
           coalesce(money.paid, 0) AS paid, coalesce(money.repaid, 0) AS repaid
    FROM grant LEFT JOIN money ON money.grant_id = grant.id
    WHERE grant.approved_on IS NOT NULL AND grant.status <> 'annulled'),
totals AS (
    SELECT fund_id, sum(iif(released, 0, approved - paid)) AS committed, sum(paid - repaid) AS disbursed,
           sum(iif(released, approved - paid, 0) + repaid) AS returned
    FROM figures GROUP BY fund_id)
SELECT fund.name, allocated, committed, disbursed, returned, allocated - committed - disbursed AS available
FROM fund
JOIN (SELECT fund_id, sum(amount_ore) AS allocated FROM allocation WHERE annulled_at IS NULL GROUP BY fund_id) AS allocation
    ON allocation.fund_id = fund.id
LEFT JOIN totals ON totals.fund_id = fund.id ORDER BY fund.id;
