import SQLite

/// Writes the grants an import replayed, set-wise: each into `import_grant` as it
/// comes, then every grant, decision and payment with one INSERT … SELECT each,
/// in the import's transaction, so the ledger and history triggers fire as for
/// any write. A grant with money paid is inserted as approved and moved to its
/// end state once its payments are in, as the payment triggers ask.
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

    /// Inserts every kept grant, its decisions and its payments, in the order of the file's lines.
    func insertAll() throws {
        try db.connection.executeScript("""
            INSERT INTO grant (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
                               status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, intensity_reason, decided_on,
                               released_on, round_id)
            SELECT id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on,
                   CASE WHEN paid_ore IS NULL THEN status ELSE 'approved' END, approved_on, amount_approved_ore, deadline, case_ref,
                   eur_rate, intensity_reason, CASE WHEN paid_ore IS NULL THEN decided_on ELSE approved_on END,
                   CASE WHEN paid_ore IS NULL THEN released_on END,
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
            UPDATE grant SET status = g.status, decided_on = g.decided_on, released_on = g.released_on
            FROM temp.import_grant AS g WHERE grant.id = g.id AND g.paid_ore IS NOT NULL AND g.status <> 'approved';
            """)
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
