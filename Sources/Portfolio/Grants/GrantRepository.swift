import Foundation
import SQLite

/// Grants from application to final payment, every rule checked before anything is written.
///
///     let grants = GrantRepository(db)
///     let applied = try grants.apply(GrantApplication(applicant: "923609016", amount: Money(kroner: 400_000),
///                                                     totalCost: Money(kroner: 1_000_000), receivedOn: day))
///     try grants.approve(applied.id, GrantApproval(date: later, eurRate: 11.49))
///     try grants.pay(applied.id, Money(kroner: 200_000), on: evenLater)
public struct GrantRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Registers an application. Warns when its project started before the
    /// application was received, and when the applicant is not registered in Vefsn.
    public func apply(_ application: GrantApplication, id: Int64? = nil) throws -> GrantOutcome {
        try db.write {
            let fund = try FundRepository(db).resolve(application.fund)
            let partners = PartnerRepository(db)
            let applicant = try partners.partner(try partners.resolve(application.applicant))
            let warnings = try GrantRules.application(application, applicant: applicant,
                                                      projectStart: try application.projectID.flatMap(projectStart))
            if let id, try db.connection.row("SELECT 1 FROM grant WHERE id = ?", [id]) != nil {
                throw PortfolioError.refused(Message("grant.exists", ["id": .text("\(id)")]))
            }
            try db.connection.execute("""
                INSERT INTO grant (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, fund.id, applicant.id, application.projectID, try Text.freeText(application.purpose, of: "text.what.purpose"),
                      try (application.basis ?? ParameterRepository(db).basisDefault(fundID: fund.id, on: application.receivedOn)).rawValue,
                      application.amount.ore, application.totalCost.ore, application.receivedOn.iso])
            let grantID = db.connection.lastInsertedRowID
            try RoundRepository(db).place(grantID, receivedOn: application.receivedOn, fundID: fund.id, in: application.round)
            return GrantOutcome(id: grantID, warnings: warnings)
        }
    }

    /// When the project started; refused when there is no such project.
    private func projectStart(_ projectID: Int64) throws -> Day? {
        guard let row = try db.connection.row("SELECT start_date FROM project WHERE id = ?", [projectID]) else {
            throw PortfolioError.notFound(Message("grant.project_not_found", ["project": .text("\(projectID)")]))
        }
        return try row.get(0, as: Day?.self)
    }

    /// Approves an application. Refused when the fund lacks the money on that day
    /// or any later one, when the support intensity is above its limit (or above
    /// the lower limit without a reason), and when de minimis aid would go over
    /// the undertaking's ceiling. Warns when the award must be reported to
    /// Registeret for offentlig støtte.
    public func approve(_ id: Int64, _ approval: GrantApproval, decision: DecisionRecord = DecisionRecord()) throws -> GrantOutcome {
        try db.write {
            let grant = try self.grant(id)
            let approval = try withDefaultHoldback(approval, fundID: grant.fundID)
            let ruling = try decide(approval, on: grant)
            try GrantRules.cover(ruling.amount, from: approval.date,
                                 by: try FundRepository(db).availability(fundID: grant.fundID, from: approval.date), fund: grant.fund)
            try record(approval, as: ruling, on: grant, decision: decision)
            return GrantOutcome(id: id, warnings: ruling.warnings)
        }
    }

    /// Asks the rule book about an approval, with the facts of its day. State aid
    /// given without a rate takes the reference rate of its month; a typed rate far from it is refused.
    func decide(_ approval: GrantApproval, on grant: Grant) throws -> GrantRules.Approval {
        var approval = approval
        let given = approval.eurRate.map(EuroRate.init(nokPerEuro:))
        if given != nil || grant.basis.isStateAid {
            approval.eurRate = try EuroRateRepository(db).rate(given: given, on: approval.date)?.nokPerEuro
        }
        let deMinimis = grant.basis == .deMinimis && grant.status == .applied
            ? try DeMinimisRepository(db).position(partnerID: grant.applicantID, on: approval.date, excludingGrant: grant.id)
            : nil
        return try GrantRules.approval(approval, of: grant, limits: try ParameterRepository(db).limits(on: approval.date, fundID: grant.fundID),
                                       deMinimis: deMinimis)
    }

    /// Writes an approval the rule book allowed, and the decision with who made it.
    func record(_ approval: GrantApproval, as ruling: GrantRules.Approval, on grant: Grant, decision: DecisionRecord = DecisionRecord()) throws {
        let category = try approval.category.map { try CategoryRepository(db).resolve($0) }
        let caseReference = try Text.freeText(approval.caseReference, of: "text.what.case")
        try db.connection.execute("""
            UPDATE grant SET status = 'approved', approved_on = ?1, amount_approved_ore = ?2, deadline = ?3, case_ref = ?4,
                eur_rate = ?5, intensity_reason = ?6, decided_on = ?1, category = ?8 WHERE id = ?7
            """, [approval.date.iso, ruling.amount.ore, approval.deadline?.iso, caseReference, ruling.eurRate,
                  try Text.freeText(approval.reason, of: "text.what.reason"), grant.id, category])
        try CategoryRepository(db).record(approval.targets, of: grant.id)
        var decision = decision
        decision.caseReference = decision.caseReference ?? caseReference
        try recordDecision(.approved, of: grant.id, on: approval.date, decision)
        try recordConditions(approval.conditions, of: grant.id)
    }

    public func reject(_ id: Int64, on day: Day, decision: DecisionRecord = DecisionRecord()) throws {
        try change(id, decision: (.rejected, day, decision)) { try GrantRules.rejection(of: $0, on: day, reason: decision.reason) }
    }

    /// The applicant withdraws: an application, or an approved grant nothing has been paid on.
    public func withdraw(_ id: Int64, on day: Day, decision: DecisionRecord = DecisionRecord()) throws {
        try change(id, decision: (.withdrawn, day, decision)) { try GrantRules.withdrawal(of: $0, on: day, reason: decision.reason) }
    }

    /// Pays out on an approved grant. `final` settles it: the unpaid rest returns to the fund.
    public func pay(_ id: Int64, _ amount: Money, on day: Day, final: Bool = false) throws {
        try change(id) { try GrantRules.payment(of: amount, on: day, to: $0, final: final) }
    }

    /// The deadline passed: what is unpaid returns to the fund. Before it, only by a
    /// decision that says who made it and why.
    public func lapse(_ id: Int64, on day: Day, decision: DecisionRecord = DecisionRecord()) throws {
        try change(id, decision: (.lapsed, day, decision)) { try GrantRules.lapse(of: $0, on: day, decision: decision) }
    }

    /// The recipient pays money back (tilbakebetaling); what was unpaid is released too.
    public func repay(_ id: Int64, _ amount: Money, on day: Day) throws {
        try change(id) { try GrantRules.repayment(of: amount, on: day, by: $0) }
    }

    /// Closes a fully paid grant once its final report is in.
    public func close(_ id: Int64, on day: Day, reason: String? = nil) throws {
        try change(id) { try GrantRules.closing(of: $0, on: day, reason: reason) }
    }

    /// Loads the grant, asks the rule book, and writes the change it returns, in one
    /// transaction, with the decision that made it when it was one.
    func change(_ id: Int64, decision: (DecisionKind, Day, DecisionRecord)? = nil,
                        _ rule: (Grant) throws -> GrantRules.Change) throws {
        try db.write {
            let grant = try self.grant(id)
            let change = try rule(grant)
            if let payment = change.payment {
                try db.connection.execute("""
                    INSERT INTO payment (grant_id, paid_on, kind, amount_ore, is_final, request_id) VALUES (?, ?, ?, ?, ?, ?)
                    """, [id, payment.day.iso, payment.isRepayment ? "repayment" : "payment", payment.amount.ore, payment.isFinal,
                          payment.requestID])
            }
            try db.connection.execute("""
                UPDATE grant SET status = ?, decided_on = coalesce(?, decided_on), released_on = coalesce(?, released_on),
                    decision_note = coalesce(?, decision_note) WHERE id = ?
                """, [change.status.rawValue, change.decidedOn?.iso, change.releasedOn?.iso,
                      try Text.freeText(change.note, of: "text.what.reason"), id])
            if let (kind, day, record) = decision { try recordDecision(kind, of: id, on: day, record) }
        }
    }

    // MARK: Reading

    /// Which grants `list` shows.
    public struct Filter: Sendable {
        public var status: GrantStatus?
        /// The year it was approved, or received when never approved.
        public var year: Int?
        public var applicant: String?
        public var fund: String?
        public var projectID: Int64?
        /// Only grants that were approved (and not annulled): what the public may see.
        public var publicOnly = false
        /// Only state aid awards to report to Registeret for offentlig støtte.
        public var register = false

        public init(status: GrantStatus? = nil, year: Int? = nil, applicant: String? = nil, fund: String? = nil,
                    projectID: Int64? = nil, publicOnly: Bool = false, register: Bool = false) {
            self.status = status
            self.year = year
            self.applicant = applicant
            self.fund = fund
            self.projectID = projectID
            self.publicOnly = publicOnly
            self.register = register
        }
    }

    /// The grants the filter asks for; an annulled grant only when `status` asks for annulled ones,
    /// as it was registered in error and counts in no list or figure.
    public func list(_ filter: Filter = Filter()) throws -> [Grant] {
        var grants: [Grant] = []
        try forEach(filter) { grants.append($0) }
        return grants
    }

    /// Hands `body` each grant of `list` as it is read, in the same order, keeping none:
    /// a year's grants at national scale are printed without being held.
    ///
    ///     try GrantRepository(db).forEach(GrantRepository.Filter(year: 2020)) { print($0.id) }
    public func forEach(_ filter: Filter, _ body: (Grant) throws -> Void) throws {
        let parameters = ParameterRepository(db)
        let statement = try db.connection.cachedStatement(Self.select + Self.listCondition(filter) + " ORDER BY grant.id")
        try statement.bind(try listArguments(filter))
        try statement.forEachRow { row in
            let grant = try Self.grant(from: row)
            if filter.register {
                guard grant.basis.isStateAid, let award = grant.awardEUR, let day = grant.approvedOn,
                      award >= Euro(euros: try parameters.integer(.registerThresholdEUR, on: day)) else { return }
            }
            try body(grant)
        }
    }

    /// The values of `listCondition`'s ?1 to ?6 for `filter`, the applicant and the fund resolved.
    func listArguments(_ filter: Filter) throws -> [any DatabaseValueConvertible] {
        let applicant = try filter.applicant.map { try PartnerRepository(db).resolve($0) }
        let fund = try filter.fund.map { try FundRepository(db).resolve($0).id }
        return [filter.status?.rawValue, filter.year, applicant, fund, filter.projectID, filter.publicOnly || filter.register]
    }

    /// What `list` asks of the rows of `grant` (alone or joined, as in `select`). The year, the applicant and
    /// the project are asked only when given, the year as the expression of the index grant_by_year: behind
    /// `?2 IS NULL OR` SQLite would use no index, and a project's few grants were found by reading them all.
    /// Status and fund stay behind `IS NULL OR`: each holds many grants, and a page of them is quicker read
    /// in id order from where it starts than gathered through an index and sorted.
    static func listCondition(_ filter: Filter) -> String {
        let year = filter.year == nil ? "" : " AND substr(coalesce(grant.approved_on, grant.received_on), 1, 4) = printf('%04d', ?2)"
        let applicant = filter.applicant == nil ? "" : " AND grant.applicant_id = ?3"
        let project = filter.projectID == nil ? "" : " AND grant.project_id = ?5"
        return """
             WHERE (?1 IS NULL OR grant.status = ?1) AND (?1 IS NOT NULL OR grant.status <> 'annulled')\(year)\(applicant)
               AND (?4 IS NULL OR grant.fund_id = ?4)\(project) AND (?6 = 0 OR (grant.approved_on IS NOT NULL AND grant.status <> 'annulled'))
            """
    }

    /// One page of `list`, `size` grants from `start`, with the count of the whole list: what a browser shows of
    /// a list that may hold a million grants. The register's threshold is not asked here (it is weighed per grant
    /// in `forEach`, so it cannot be counted in SQL): `register` must be false.
    ///
    ///     let second = try grants.page(GrantRepository.Filter(status: .approved), from: first.next ?? .first, size: 100)
    /// `counts`, when given, keeps the list's count for the file's state (a server's many readers).
    public func page(_ filter: Filter, from start: PageStart, size: Int, counts: ListCounts? = nil) throws -> ListPage<Grant> {
        precondition(!filter.register, "the register's list is not paged")
        return try ListPage.read(db.connection, select: Self.select, table: "grant", condition: Self.listCondition(filter),
                                 arguments: try listArguments(filter), from: start, size: size, counts: counts, id: \.id, Self.grant(from:))
    }

    /// The grant with its last decision.
    public func grant(_ id: Int64) throws -> Grant {
        guard var grant = try db.connection.map(Self.select + " WHERE grant.id = ?", [id], Self.grant(from:)).first else {
            throw PortfolioError.notFound(Message("grant.not_found", ["id": .text("\(id)")]))
        }
        grant.lastDecision = try decisions(id).last
        grant.targets = try CategoryRepository(db).targets(of: id)
        grant.conditions.texts = try conditionTexts(id)
        return grant
    }

    public func payments(_ id: Int64) throws -> [GrantPayment] {
        try db.connection.rows("SELECT paid_on, amount_ore, kind, is_final FROM payment WHERE grant_id = ? ORDER BY paid_on, id", [id])
            .map { row in
                GrantPayment(paidOn: try row.get(0, as: Day.self), amount: Money(ore: try row.get(1)),
                             isRepayment: try row.get(2, as: String.self) == "repayment", isFinal: try row.get(3))
            }
    }

    static let select = """
        SELECT grant.*, fund.name AS fund_name, partner.name AS applicant_name,
               coalesce(ledger_grant.paid_ore, 0) AS paid, coalesce(ledger_grant.repaid_ore, 0) AS repaid
        FROM grant JOIN fund ON fund.id = grant.fund_id JOIN partner ON partner.id = grant.applicant_id
        LEFT JOIN ledger_grant ON ledger_grant.grant_id = grant.id
        """

    static func grant(from row: StatementRow) throws -> Grant {
        Grant(
            id: try row.get("id"), fundID: try row.get("fund_id"), fund: try row.get("fund_name"), applicantID: try row.get("applicant_id"),
            applicant: try row.get("applicant_name"), projectID: try row.get("project_id"), purpose: try row.get("purpose"),
            basis: try AidBasis(parsing: try row.get("basis")), amountApplied: Money(ore: try row.get("amount_applied_ore")),
            totalCost: Money(ore: try row.get("total_cost_ore")), receivedOn: try row.get("received_on"),
            status: try GrantStatus(parsing: try row.get("status")), approvedOn: try row.get("approved_on"),
            amountApproved: try row.get("amount_approved_ore", as: Int64?.self).map(Money.init(ore:)),
            deadline: try row.get("deadline"), caseReference: try row.get("case_ref"), eurRate: try row.get("eur_rate"),
            intensityReason: try row.get("intensity_reason"), decidedOn: try row.get("decided_on"),
            decisionNote: try row.get("decision_note"), releasedOn: try row.get("released_on"),
            correctionReason: try row.get("correction_reason"), category: try row.get("category"),
            paid: Money(ore: try row.get("paid")), repaid: Money(ore: try row.get("repaid")), conditions: try conditions(from: row))
    }
}
