-- The work of `mon grant list --year 2020`: the year by the index grant_by_year,
-- each grant's paid and repaid from the ledger.
SELECT grant.*, fund.name AS fund_name, partner.name AS applicant_name,
       coalesce(ledger_grant.paid_ore, 0) AS paid, coalesce(ledger_grant.repaid_ore, 0) AS repaid
FROM grant JOIN fund ON fund.id = grant.fund_id JOIN partner ON partner.id = grant.applicant_id
LEFT JOIN ledger_grant ON ledger_grant.grant_id = grant.id
WHERE grant.status <> 'annulled' AND substr(coalesce(grant.approved_on, grant.received_on), 1, 4) = printf('%04d', 2020)
ORDER BY grant.id;
