-- The work of `mon fund status`: every fund's position read from the ledger
-- (migration 0019), a sum over each fund's days.
SELECT fund.name, sum(allocated_ore) AS allocated, sum(granted_ore - paid_ore - released_ore) AS committed,
       sum(paid_ore - repaid_ore) AS disbursed, sum(released_ore + repaid_ore) AS returned,
       sum(allocated_ore - granted_ore + released_ore + repaid_ore) AS available
FROM fund JOIN ledger_fund_day ON ledger_fund_day.fund_id = fund.id AND ledger_fund_day.day <= '9999-12-31'
GROUP BY fund.id ORDER BY fund.id;
