-- The anchor for `mon grant list --year 2020`: the year of approval, else of
-- receipt, asked as ranges of the raw dates (no expression index), each grant's
-- payments summed by the index payment_by_grant.
SELECT grant.*, fund.name AS fund_name, partner.name AS applicant_name,
       (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment') AS paid,
       (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment') AS repaid
FROM grant JOIN fund ON fund.id = grant.fund_id JOIN partner ON partner.id = grant.applicant_id
WHERE (grant.approved_on BETWEEN '2020-01-01' AND '2020-12-31'
       OR (grant.approved_on IS NULL AND grant.received_on BETWEEN '2020-01-01' AND '2020-12-31'))
  AND grant.status <> 'annulled'
ORDER BY grant.id;
