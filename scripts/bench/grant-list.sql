-- The work of `mon grant list --year 2020`.
SELECT grant.*, fund.name AS fund_name, partner.name AS applicant_name,
       (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment') AS paid,
       (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment') AS repaid
FROM grant JOIN fund ON fund.id = grant.fund_id JOIN partner ON partner.id = grant.applicant_id
WHERE substr(coalesce(grant.approved_on, grant.received_on), 1, 4) = '2020'
ORDER BY grant.id;
