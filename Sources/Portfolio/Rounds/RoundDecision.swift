/// What deciding a round did.
public struct RoundOutcome: Equatable, Sendable {
    public let approved: [Int64]
    public let rejected: [Int64]
    /// What the approvals warn about (awards to report to the register), without refusing them.
    public let warnings: [Message]
}

extension RoundRepository {
    /// The board's decision on a whole round, in one transaction: approves the listed
    /// applications (the selected set when nil) at their applied amounts and rejects the rest
    /// of its undecided ones with the record's reason, each through the same rule book and
    /// repository path as `grant approve` and `grant reject`. Any rule broken refuses the
    /// whole decision, naming the application; nothing is written.
    ///
    ///     try RoundRepository(db).decide("Vår 2026", on: day, approving: nil,
    ///                                    record: DecisionRecord(decidedBy: "styret", caseReference: "PS 12/26", reason: "Ikke prioritert"))
    @discardableResult
    public func decide(_ reference: String, on day: Day, approving listed: [Int64]?, record: DecisionRecord) throws -> RoundOutcome {
        try db.write {
            let round = try self.round(reference)
            let undecided = try applications(of: round).filter { $0.grant.status == .applied }.map(\.grant.id)
            guard !undecided.isEmpty else { throw PortfolioError.refused(Message("round.decide.nothing", ["round": .text(round.name)])) }
            let approving = try listed?.uniqued() ?? selection(reference, on: day).selection.selected
            for id in approving where !undecided.contains(id) {
                throw PortfolioError.refused(Message("round.not_in_round", ["grant": .text("\(id)"), "round": .text(round.name)]))
            }
            let grants = GrantRepository(db)
            let approval = DecisionRecord(decidedBy: record.decidedBy, caseReference: record.caseReference, recused: record.recused)
            var warnings: [Message] = []
            for id in approving {
                try naming(id) {
                    warnings += try grants.approve(id, GrantApproval(date: day, caseReference: record.caseReference), decision: approval).warnings
                }
            }
            let rejected = undecided.filter { !approving.contains($0) }
            for id in rejected {
                try naming(id) { try grants.reject(id, on: day, decision: record) }
            }
            return RoundOutcome(approved: approving.sorted(), rejected: rejected, warnings: warnings)
        }
    }

    /// Runs one application's decision; a refusal names the application, a storage failure passes as it is.
    private func naming(_ id: Int64, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as PortfolioError {
            if case .storage = error.kind { throw error }
            throw PortfolioError.refused(Message("round.decide.refused", ["grant": .text("\(id)"), "why": .message(error.sentence)]))
        }
    }
}
