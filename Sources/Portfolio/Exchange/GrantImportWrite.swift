import SQLite

/// Writes the grants an import replayed, set-wise: each into `import_grant` as it
/// comes, then every grant (as it ended), decision and payment with one INSERT …
/// SELECT each, in the import's transaction. The row triggers those inserts
/// would fire per row are taken out for them and put back, exactly as they
/// were, before the transaction commits; their work is done set-wise instead:
/// the history rows (sealed as written) and the ledger. Any other trigger on
/// these tables still fires.
///
///     let write = try GrantImportWrite(db)
///     try write.keep(imported, line: 7)
///     try write.insertAll()
///     try write.checkFunds(path: path)
struct GrantImportWrite {
    let db: PortfolioDatabase
    private let keep: Statement

    init(_ db: PortfolioDatabase) throws {
        self.db = db
        keep = try db.connection.prepare("""
            INSERT INTO temp.import_grant VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Keeps one replayed grant for the inserts.
    func keep(_ imported: ImportedGrant, line: Int) throws {
        let grant = imported.grant, payment = imported.payment, repayment = imported.repayment
        try keep.execute([
            Int64(line), grant.id, grant.fundID, grant.applicantID, grant.projectID, grant.purpose, grant.basis.rawValue,
            grant.amountApplied.ore, grant.totalCost.ore, grant.receivedOn.iso, grant.status.rawValue, grant.approvedOn?.iso,
            grant.amountApproved?.ore, grant.deadline?.iso, grant.caseReference, grant.eurRate, grant.intensityReason,
            grant.decidedOn?.iso, grant.releasedOn?.iso, imported.approvalCase, payment?.amount.ore, payment?.day.iso,
            payment.map { $0.isFinal ? Int64(1) : 0 }, repayment?.amount.ore, repayment?.day.iso,
            imported.decision?.kind.rawValue, imported.decision?.day.iso,
        ])
    }

    /// The tables the import inserts into, in order.
    private static let tables = ["grant", "grant_decision", "payment"]

    /// The schema's payment rules, which the replay has already asked of the rule
    /// book for every row (`GrantRules.payment`, `.repayment`), and which would
    /// refuse a payment to a grant inserted as it ended (paid, closed …).
    private static let paymentGuards = ["payment_only_on_an_open_grant", "repayment_only_of_what_was_paid"]

    /// Inserts every kept grant, its decisions and its payments, in the order of the
    /// file's lines, with their history and their ledger rows.
    func insertAll() throws {
        let connection = db.connection
        let before = try connection.row("SELECT (SELECT coalesce(max(id), 0) FROM grant_decision), (SELECT coalesce(max(id), 0) FROM payment)")
        let (decisions, payments) = (try before?.get(0) ?? Int64(0), try before?.get(1) ?? Int64(0))
        let triggers = Self.tables.map { HistoryTriggers.triggerName($0, .insert) } + Ledger.insertTriggers + Self.paymentGuards
        try connection.withoutTriggers(triggers) {
            try connection.executeScript("""
                INSERT INTO grant (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
                                   status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, intensity_reason, decided_on,
                                   released_on, round_id)
                SELECT id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
                       status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, intensity_reason, decided_on, released_on,
                       (SELECT round.id FROM round WHERE round.deadline >= g.received_on AND (round.fund_id IS NULL OR round.fund_id = g.fund_id)
                        ORDER BY round.deadline, round.id LIMIT 1)
                FROM temp.import_grant AS g ORDER BY line;
                INSERT INTO grant_decision (grant_id, decision, decided_on, case_ref)
                SELECT id, kind, day, case_ref FROM (
                    SELECT line, 0 AS step, id, 'approved' AS kind, approved_on AS day, approval_case AS case_ref
                    FROM temp.import_grant WHERE approved_on IS NOT NULL
                    UNION ALL
                    SELECT line, 1, id, decision, decision_on, NULL FROM temp.import_grant WHERE decision IS NOT NULL)
                ORDER BY line, step;
                INSERT INTO payment (grant_id, paid_on, kind, amount_ore, is_final)
                SELECT id, day, kind, amount, final FROM (
                    SELECT line, 0 AS step, id, paid_on AS day, 'payment' AS kind, paid_ore AS amount, paid_final AS final
                    FROM temp.import_grant WHERE paid_ore IS NOT NULL
                    UNION ALL
                    SELECT line, 1, id, repaid_on, 'repayment', repaid_ore, 0 FROM temp.import_grant WHERE repaid_ore IS NOT NULL)
                ORDER BY line, step;
                """)
            var history = try HistoryRecorder(connection)
            try history.recordInserts(into: "grant", "FROM temp.import_grant AS i JOIN grant AS t ON t.id = i.id ORDER BY i.line")
            try history.recordInserts(into: "grant_decision", "FROM grant_decision AS t WHERE t.id > \(decisions) ORDER BY t.id")
            try history.recordInserts(into: "payment", "FROM payment AS t WHERE t.id > \(payments) ORDER BY t.id")
            try Ledger(db).addGrants("SELECT id FROM temp.import_grant")
        }
    }

    /// Every fund must have covered every approval on every day; the first
    /// approval it could not cover is named by its line.
    func checkFunds(path: String) throws {
        let funds = FundRepository(db)
        for fund in try funds.list() {
            guard let short = try funds.firstUncoveredApproval(fundID: fund.id) else { continue }
            let amount = Money(ore: try db.connection.scalar("SELECT amount_approved_ore FROM grant WHERE id = ?", [short.grantID]) ?? 0)
            let refusal = GrantRules.uncovered(amount, available: short.available, on: short.day, fund: fund.name)
            guard let line: Int64 = try db.connection.scalar("SELECT line FROM temp.import_grant WHERE id = ?", [short.grantID]) else {
                throw refusal
            }
            throw refusal.located(in: path, line: Int(line))
        }
    }
}
