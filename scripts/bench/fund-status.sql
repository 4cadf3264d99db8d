-- The work of `mon fund status`: every fund's position read from the ledger's
-- running totals (migration 0021), less the days after today (none here).
SELECT fund.name, t.allocated_ore AS allocated, t.granted_ore - t.paid_ore - t.released_ore AS committed,
       t.paid_ore - t.repaid_ore AS disbursed, t.released_ore + t.repaid_ore AS returned,
       t.allocated_ore - t.granted_ore + t.released_ore + t.repaid_ore AS available
FROM fund JOIN ledger_fund_total AS t ON t.fund_id = fund.id
ORDER BY fund.id;
