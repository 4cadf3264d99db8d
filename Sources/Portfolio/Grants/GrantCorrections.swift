import SQLite

/// Corrections of a grant and the record of its decisions: each asks the rule
/// book, then writes once, in one transaction; the reason goes into a column of
/// the row it changes, so that history keeps it with the change.
///
///     let grants = GrantRepository(db)
///     try grants.annul(12, reason: "Registrert på feil søker")
///     try grants.reinstate(2, on: day, decision: DecisionRecord(decidedBy: "styret", reason: "Bortfalt ved en feil"))
extension GrantRepository {
    /// A grant registered in error: it leaves every figure, and stays visible as annulled.
    public func annul(_ id: Int64, reason: String?) throws {
        try db.write {
            let grant = try self.grant(id)
            let correction = try GrantRules.annulment(of: grant, reason: reason)
            try db.connection.execute("UPDATE grant SET status = ?, released_on = NULL, correction_reason = ? WHERE id = ?",
                                      [correction.status.rawValue, try Text.freeText(reason, of: "text.what.reason"), id])
        }
    }

    /// Undoes a lapse or withdrawal recorded in error, when the fund covers the
    /// unpaid rest again on every day from its release on (and, for de minimis aid,
    /// the undertaking's ceiling still holds).
    public func reinstate(_ id: Int64, on day: Day, decision: DecisionRecord) throws {
        try db.write {
            let grant = try self.grant(id)
            let correction = try GrantRules.reinstatement(of: grant, on: day, decision: decision)
            if let from = correction.coverFrom {
                try GrantRules.cover(correction.cover, from: from,
                                     by: try FundRepository(db).availability(fundID: grant.fundID, from: from), fund: grant.fund)
                try reinstatedAid(grant)
            }
            try db.connection.execute("""
                UPDATE grant SET status = ?, released_on = NULL, decided_on = ?, decision_note = ? WHERE id = ?
                """, [correction.status.rawValue, day.iso, decision.reason, id])
            try recordDecision(.reinstated, of: id, on: day, decision)
        }
    }

    /// De minimis aid back in force may not take the undertaking over its ceiling on the approval's day.
    private func reinstatedAid(_ grant: Grant) throws {
        guard grant.basis == .deMinimis, let approvedOn = grant.approvedOn, let amount = grant.amountApproved,
              let rate = grant.eurRate else { return }
        let position = try DeMinimisRepository(db).position(partnerID: grant.applicantID, on: approvedOn, excludingGrant: grant.id)
        try GrantRules.ceiling(award: amount - grant.repaid, rate: rate, applicant: grant.applicant, position: position)
    }

    /// Corrects the application's fields while it is undecided; after the decision
    /// only its purpose, case reference and a later deadline.
    public func update(_ id: Int64, _ update: GrantUpdate) throws {
        try db.write {
            let grant = try self.grant(id)
            try GrantRules.update(update, of: grant)
            let applicant = try update.applicant.map { try PartnerRepository(db).resolve($0) }
            if let projectID = update.projectID,
               try db.connection.row("SELECT 1 FROM project WHERE id = ?", [projectID]) == nil {
                throw PortfolioError.notFound(Message("grant.project_not_found", ["project": .text("\(projectID)")]))
            }
            try db.connection.execute("""
                UPDATE grant SET amount_applied_ore = coalesce(?, amount_applied_ore), total_cost_ore = coalesce(?, total_cost_ore),
                    applicant_id = coalesce(?, applicant_id), project_id = coalesce(?, project_id), basis = coalesce(?, basis),
                    received_on = coalesce(?, received_on), purpose = coalesce(?, purpose), case_ref = coalesce(?, case_ref),
                    deadline = coalesce(?, deadline), correction_reason = ? WHERE id = ?
                """, [update.amountApplied?.ore, update.totalCost?.ore, applicant, update.projectID, update.basis?.rawValue,
                      update.receivedOn?.iso, try Text.freeText(update.purpose, of: "text.what.purpose"),
                      try Text.freeText(update.caseReference, of: "text.what.case"), update.deadline?.iso,
                      try Text.freeText(update.reason, of: "text.what.reason"), id])
            if let completion = update.completion {
                try db.connection.execute("UPDATE grant SET completion_on = ? WHERE id = ?", [completion.iso, id])
            }
        }
    }

    /// Registers a decision: who made it (one of the known deciders), the case, the
    /// reason, and who stepped aside. Called inside the transaction that makes it.
    func recordDecision(_ kind: DecisionKind, of id: Int64, on day: Day, _ record: DecisionRecord) throws {
        let decider = try record.decidedBy.map { try DeciderRepository(db).resolve($0) }
        try db.connection.execute("""
            INSERT INTO grant_decision (grant_id, decision, decided_on, decided_by, case_ref, reason) VALUES (?, ?, ?, ?, ?, ?)
            """, [id, kind.rawValue, day.iso, decider, try Text.freeText(record.caseReference, of: "text.what.case"),
                  try Text.freeText(record.reason, of: "text.what.reason")])
        let decisionID = db.connection.lastInsertedRowID
        for recusal in record.recused {
            try db.connection.execute("INSERT INTO grant_recusal (decision_id, grant_id, name, grounds) VALUES (?, ?, ?, ?)",
                                      [decisionID, id, recusal.name, recusal.grounds])
        }
    }

    /// The last approval of each of `grants` as recorded — who decided, on which case, who stepped
    /// aside — in two set queries whatever their number (the board report's list of grants).
    ///
    ///     try GrantRepository(db).approvalRecords(of: [12, 14])[14]?.caseReference   // "2024/108"
    public func approvalRecords(of grants: [Int64]) throws -> [Int64: DecisionRecord] {
        let ids = "[" + grants.map(String.init).joined(separator: ",") + "]"
        let approvals = """
            SELECT max(id) FROM grant_decision
            WHERE decision = 'approved' AND grant_id IN (SELECT value FROM json_each(?1)) GROUP BY grant_id
            """
        var recused: [Int64: [Recusal]] = [:]
        for row in try db.connection.rows("SELECT decision_id, name, grounds FROM grant_recusal WHERE decision_id IN (\(approvals)) ORDER BY id",
                                          [ids]) {
            recused[try row.get(0, as: Int64.self), default: []].append(Recusal(name: try row.get(1), grounds: try row.get(2)))
        }
        var records: [Int64: DecisionRecord] = [:]
        for row in try db.connection.rows("SELECT grant_id, id, decided_by, case_ref, reason FROM grant_decision WHERE id IN (\(approvals))",
                                          [ids]) {
            records[try row.get(0, as: Int64.self)] = DecisionRecord(decidedBy: try row.get(2), caseReference: try row.get(3), reason: try row.get(4),
                                                                     recused: recused[try row.get(1, as: Int64.self)] ?? [])
        }
        return records
    }

    /// Every decision on the grant, in the order they were registered.
    public func decisions(_ id: Int64) throws -> [GrantDecision] {
        try db.connection.rows("""
            SELECT id, decision, decided_on, decided_by, case_ref, reason, registered_at FROM grant_decision
            WHERE grant_id = ? ORDER BY id
            """, [id]).map { row in
            let recused = try db.connection.rows("SELECT name, grounds FROM grant_recusal WHERE decision_id = ? ORDER BY id",
                                                 [try row.get(0, as: Int64.self)])
                .map { Recusal(name: try $0.get(0), grounds: try $0.get(1)) }
            return GrantDecision(kind: DecisionKind(rawValue: try row.get(1)) ?? .approved, decidedOn: try row.get(2, as: Day.self),
                                 record: DecisionRecord(decidedBy: try row.get(3), caseReference: try row.get(4),
                                                        reason: try row.get(5), recused: recused),
                                 registeredAt: try row.get(6))
        }
    }
}
