/// Gathers what a decision letter states from the grant, its decision and the
/// undertaking's de minimis position on the award day.
///
///     let letter = try LetterRepository(db).letter(for: 12)
public struct LetterRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// The letter of the grant's decision: a grant once approved (and not annulled), a rejection once rejected.
    /// Refused for an application not yet decided, a withdrawn or annulled one.
    public func letter(for id: Int64) throws -> DecisionLetter {
        let grants = GrantRepository(db)
        let grant = try grants.grant(id)
        let kind = try Self.kind(of: grant)
        let decision = try grants.decisions(id).last { $0.kind == (kind == .grant ? .approved : .rejected) }
        let decidedOn = kind == .grant ? grant.approvedOn : decision?.decidedOn ?? grant.decidedOn
        guard let decidedOn else {
            throw PortfolioError.refused(Message("letter.no_decision", ["grant": .text("\(id)"), "status": .message(grant.status.words)]))
        }
        let partner = try PartnerRepository(db).partner(grant.applicantID)
        return DecisionLetter(
            kind: kind, grantID: id, fund: grant.fund, recipient: grant.applicant, organisationNumber: partner.orgnr?.formatted,
            municipality: partner.municipality, purpose: grant.purpose, amountApplied: grant.amountApplied, totalCost: grant.totalCost,
            amount: kind == .grant ? grant.amountApproved : nil, intensity: kind == .grant ? grant.intensity : nil, basis: grant.basis,
            decidedOn: decidedOn,
            decision: decision?.record ?? DecisionRecord(caseReference: grant.caseReference, reason: grant.decisionNote),
            deadline: kind == .grant ? grant.deadline : nil,
            deMinimis: kind == .grant ? try statement(for: grant, on: decidedOn) : nil,
            conditions: kind == .grant ? grant.conditions : GrantConditions())
    }

    /// A grant approved (whatever happened to it after) gets a grant letter; a rejected application, a rejection;
    /// a withdrawn application or grant has no decision of the fund's to write.
    static func kind(of grant: Grant) throws -> DecisionLetter.Kind {
        switch grant.status {
        case .approved, .paid, .closed, .lapsed, .repaid: return .grant
        case .rejected: return .rejection
        case .applied, .withdrawn, .annulled:
            throw PortfolioError.refused(Message("letter.no_decision", ["grant": .text("\(grant.id)"), "status": .message(grant.status.words)]))
        }
    }

    /// The de minimis statement: this award at its rate, and the undertaking's position on the award day.
    private func statement(for grant: Grant, on day: Day) throws -> DeMinimisStatement? {
        guard grant.basis == .deMinimis, let award = grant.awardEUR, let rate = grant.eurRate else { return nil }
        let position = try DeMinimisRepository(db).position(partnerID: grant.applicantID, on: day)
        return DeMinimisStatement(award: award, eurRate: rate, undertakingTotal: position.total, ceiling: position.ceiling,
                                  windowStart: position.windowStart, windowEnd: position.windowEnd,
                                  regulation: DeMinimisStatement.regulation(of: position.window))
    }
}
