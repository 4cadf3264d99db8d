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
            let applicant = try PartnerRepository(db).partner(try PartnerRepository(db).resolve(application.applicant))
            guard application.amount > .zero else { throw PortfolioError.refused("the amount applied for must be more than 0 kr") }
            guard application.totalCost > .zero else { throw PortfolioError.refused("the project's total cost must be more than 0 kr") }
            guard application.amount <= application.totalCost else {
                throw PortfolioError.refused("the amount applied for (\(application.amount)) is more than the total cost (\(application.totalCost))")
            }
            var warnings: [String] = []
            if let projectID = application.projectID {
                guard let row = try db.connection.row("SELECT start_date FROM project WHERE id = ?", [projectID]) else {
                    throw PortfolioError.notFound("there is no project \(projectID)")
                }
                if let start = try row.get(0, as: String?.self).map(Day.init(parsing:)), start < application.receivedOn {
                    warnings.append("project \(projectID) started \(start.iso), before the application was received on \(application.receivedOn.iso)")
                }
            }
            if applicant.municipality?.lowercased() != "vefsn" {
                warnings.append("\(applicant.name) is registered in \(applicant.municipality ?? "no municipality"), not Vefsn")
            }
            if let id, try db.connection.row("SELECT 1 FROM grant WHERE id = ?", [id]) != nil {
                throw PortfolioError.refused("there is already a grant \(id)")
            }
            try db.connection.execute("""
                INSERT INTO grant (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore, received_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, fund.id, applicant.id, application.projectID, application.purpose?.trimmed.nilIfEmpty,
                      application.basis.rawValue, application.amount.ore, application.totalCost.ore, application.receivedOn.iso])
            return GrantOutcome(id: db.connection.lastInsertedRowID, warnings: warnings)
        }
    }

    /// Approves an application. Refused when the fund lacks the money on that day
    /// or any later one, when the support intensity is above its limit (or above
    /// the lower limit without a reason), and when de minimis aid would go over
    /// the undertaking's ceiling. Warns when the award must be reported to
    /// Registeret for offentlig støtte.
    public func approve(_ id: Int64, _ approval: GrantApproval, checkingFund: Bool = true) throws -> GrantOutcome {
        try db.write {
            let grant = try self.grant(id)
            guard grant.status == .applied else {
                throw PortfolioError.refused("grant \(id) is \(grant.status.rawValue), not an open application: only an application can be approved")
            }
            let amount = approval.amount ?? grant.amountApplied
            let day = approval.date
            guard amount > .zero else { throw PortfolioError.refused("the amount approved must be more than 0 kr") }
            guard amount <= grant.amountApplied else {
                throw PortfolioError.refused("the amount approved (\(amount)) is more than the amount applied for (\(grant.amountApplied))")
            }
            guard day >= grant.receivedOn else {
                throw PortfolioError.refused("the approval (\(day.iso)) cannot come before the application was received (\(grant.receivedOn.iso))")
            }
            if let deadline = approval.deadline, deadline < day {
                throw PortfolioError.refused("the deadline (\(deadline.iso)) cannot come before the approval (\(day.iso))")
            }
            let reason = approval.reason?.trimmed.nilIfEmpty
            try checkIntensity(amount: amount, totalCost: grant.totalCost, on: day, reason: reason)
            var warnings: [String] = []
            if grant.basis == .deMinimis {
                guard let rate = approval.eurRate else {
                    throw PortfolioError.refused("a de minimis grant is counted in EUR: give the day's rate with --eur-rate (NOK per EUR)")
                }
                try checkDeMinimis(grant: grant, amount: amount, rate: rate, on: day)
            }
            if grant.basis.isStateAid, let rate = approval.eurRate {
                let threshold = Euro(euros: try ParameterRepository(db).integer(.registerThresholdEUR, on: day))
                let award = Euro(amount, rate: rate)
                if award >= threshold {
                    warnings.append("an award of \(award) must be reported to Registeret for offentlig støtte (from \(threshold))")
                }
            }
            try db.connection.execute("""
                UPDATE grant SET status = 'approved', approved_on = ?, amount_approved_ore = ?, deadline = ?, case_ref = ?,
                    eur_rate = ?, intensity_reason = ? WHERE id = ?
                """, [day.iso, amount.ore, approval.deadline?.iso, approval.caseReference?.trimmed.nilIfEmpty,
                      approval.eurRate, reason, id])
            if checkingFund { try checkFundStaysCovered(grant: grant, amount: amount, from: day) }
            return GrantOutcome(id: id, warnings: warnings)
        }
    }

    public func reject(_ id: Int64, on day: Day, reason: String? = nil) throws {
        try db.write {
            let grant = try self.grant(id)
            guard grant.status == .applied else {
                throw PortfolioError.refused("grant \(id) is \(grant.status.rawValue): only an open application can be rejected")
            }
            try checkNotBefore(day, grant.receivedOn, "the application was received")
            try db.connection.execute("UPDATE grant SET status = 'rejected', decided_on = ?, decision_note = ? WHERE id = ?",
                                      [day.iso, reason?.trimmed.nilIfEmpty, id])
        }
    }

    /// The applicant withdraws: an application, or an approved grant nothing has been paid on.
    public func withdraw(_ id: Int64, on day: Day) throws {
        try db.write {
            let grant = try self.grant(id)
            switch grant.status {
            case .applied:
                try checkNotBefore(day, grant.receivedOn, "the application was received")
                try db.connection.execute("UPDATE grant SET status = 'withdrawn', decided_on = ? WHERE id = ?", [day.iso, id])
            case .approved where grant.paid == .zero:
                try checkNotBefore(day, grant.approvedOn!, "the grant was approved")
                try db.connection.execute("UPDATE grant SET status = 'withdrawn', decided_on = ?, released_on = ? WHERE id = ?",
                                          [day.iso, day.iso, id])
            case .approved:
                throw PortfolioError.refused("grant \(id) has had \(grant.paid) paid out: let it lapse, or record a repayment, instead of withdrawing it")
            default:
                throw PortfolioError.refused("grant \(id) is \(grant.status.rawValue): only an application or an unpaid grant can be withdrawn")
            }
        }
    }

    /// Pays out on an approved grant. `final` settles it: the unpaid rest returns to the fund.
    public func pay(_ id: Int64, _ amount: Money, on day: Day, final: Bool = false) throws {
        try db.write {
            let grant = try self.grant(id)
            try checkTakesPayment(grant)
            guard amount > .zero else { throw PortfolioError.refused("a payment must be more than 0 kr") }
            guard amount <= grant.remaining else {
                throw PortfolioError.refused("grant \(id) has \(grant.remaining) left to pay: \(amount) is \(amount - grant.remaining) too much")
            }
            try checkNotBefore(day, grant.approvedOn!, "the grant was approved")
            try db.connection.execute("INSERT INTO payment (grant_id, paid_on, kind, amount_ore, is_final) VALUES (?, ?, 'payment', ?, ?)",
                                      [id, day.iso, amount.ore, final])
            if final {
                try db.connection.execute("UPDATE grant SET status = 'closed', decided_on = ?, released_on = ? WHERE id = ?",
                                          [day.iso, day.iso, id])
            } else if amount == grant.remaining {
                try db.connection.execute("UPDATE grant SET status = 'paid' WHERE id = ?", [id])
            }
        }
    }

    /// The deadline passed: what is unpaid returns to the fund.
    public func lapse(_ id: Int64, on day: Day) throws {
        try db.write {
            let grant = try self.grant(id)
            guard grant.status == .approved else {
                throw PortfolioError.refused(grant.status == .paid
                    ? "grant \(id) is fully paid: nothing is left to lapse"
                    : "grant \(id) is \(grant.status.rawValue): only an approved grant with money left to pay can lapse")
            }
            try checkNotBefore(day, grant.approvedOn!, "the grant was approved")
            try db.connection.execute("UPDATE grant SET status = 'lapsed', decided_on = ?, released_on = ? WHERE id = ?",
                                      [day.iso, day.iso, id])
        }
    }

    /// The recipient pays money back (tilbakebetaling); what was unpaid is released too.
    public func repay(_ id: Int64, _ amount: Money, on day: Day) throws {
        try db.write {
            let grant = try self.grant(id)
            guard [.approved, .paid, .closed, .repaid].contains(grant.status) else {
                throw PortfolioError.refused("grant \(id) is \(grant.status.rawValue): nothing was paid on it to pay back")
            }
            guard amount > .zero else { throw PortfolioError.refused("a repayment must be more than 0 kr") }
            let repayable = grant.paid - grant.repaid
            guard amount <= repayable else {
                throw PortfolioError.refused("grant \(id) has had \(grant.paid) paid and \(grant.repaid) repaid: at most \(repayable) can be repaid, not \(amount)")
            }
            try checkNotBefore(day, grant.approvedOn!, "the grant was approved")
            try db.connection.execute("INSERT INTO payment (grant_id, paid_on, kind, amount_ore) VALUES (?, ?, 'repayment', ?)",
                                      [id, day.iso, amount.ore])
            try db.connection.execute("UPDATE grant SET status = 'repaid', released_on = coalesce(released_on, ?) WHERE id = ?",
                                      [day.iso, id])
        }
    }

    /// Closes a fully paid grant once its final report is in.
    public func close(_ id: Int64, on day: Day) throws {
        try db.write {
            let grant = try self.grant(id)
            guard grant.status == .paid else {
                throw PortfolioError.refused("grant \(id) is \(grant.status.rawValue): only a fully paid grant is closed this way (a final payment closes a partly paid one)")
            }
            try checkNotBefore(day, grant.approvedOn!, "the grant was approved")
            try db.connection.execute("UPDATE grant SET status = 'closed', decided_on = ?, released_on = ? WHERE id = ?",
                                      [day.iso, day.iso, id])
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
        /// Only grants that were approved: what the public may see.
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

    public func list(_ filter: Filter = Filter()) throws -> [Grant] {
        let applicant = try filter.applicant.map { try PartnerRepository(db).resolve($0) }
        let fund = try filter.fund.map { try FundRepository(db).resolve($0).id }
        var grants = try db.connection.map(Self.select + """
             WHERE (?1 IS NULL OR grant.status = ?1)
               AND (?2 IS NULL OR substr(coalesce(grant.approved_on, grant.received_on), 1, 4) = printf('%04d', ?2))
               AND (?3 IS NULL OR grant.applicant_id = ?3) AND (?4 IS NULL OR grant.fund_id = ?4)
               AND (?5 IS NULL OR grant.project_id = ?5) AND (?6 = 0 OR grant.approved_on IS NOT NULL)
             ORDER BY grant.id
            """, [filter.status?.rawValue, filter.year, applicant, fund, filter.projectID, filter.publicOnly || filter.register],
            Self.grant(from:))
        if filter.register {
            let parameters = ParameterRepository(db)
            grants = try grants.filter { grant in
                guard grant.basis.isStateAid, let award = grant.awardEUR, let day = grant.approvedOn else { return false }
                return award >= Euro(euros: try parameters.integer(.registerThresholdEUR, on: day))
            }
        }
        return grants
    }

    public func grant(_ id: Int64) throws -> Grant {
        guard let grant = try db.connection.map(Self.select + " WHERE grant.id = ?", [id], Self.grant(from:)).first else {
            throw PortfolioError.notFound("there is no grant \(id)")
        }
        return grant
    }

    public func payments(_ id: Int64) throws -> [GrantPayment] {
        try db.connection.rows("SELECT paid_on, amount_ore, kind, is_final FROM payment WHERE grant_id = ? ORDER BY paid_on, id", [id])
            .map { row in
                GrantPayment(paidOn: try Day(parsing: try row.get(0)), amount: Money(ore: try row.get(1)),
                             isRepayment: try row.get(2, as: String.self) == "repayment", isFinal: try row.get(3))
            }
    }

    /// Open grants whose deadline has passed, or falls within `days` days of `today`.
    public func due(within days: Int, today: Day) throws -> [Grant] {
        try db.connection.map(Self.select + """
             WHERE grant.status = 'approved' AND grant.deadline IS NOT NULL AND grant.deadline <= ?
             ORDER BY grant.deadline, grant.id
            """, [today.adding(days: days).iso], Self.grant(from:))
    }

    // MARK: Rules

    private func checkTakesPayment(_ grant: Grant) throws {
        switch grant.status {
        case .approved: return
        case .applied: throw PortfolioError.refused("grant \(grant.id) is an application, not yet approved: nothing is paid on it")
        case .paid: throw PortfolioError.refused("grant \(grant.id) is fully paid: nothing is left to pay")
        default: throw PortfolioError.refused("grant \(grant.id) is \(grant.status.rawValue): it takes no payment")
        }
    }

    private func checkNotBefore(_ day: Day, _ earliest: Day, _ what: String) throws {
        guard day >= earliest else { throw PortfolioError.refused("\(day.iso) is before \(what) (\(earliest.iso))") }
    }

    /// Above the upper limit is refused; above the lower one needs a reason. Both limits are dated parameters.
    private func checkIntensity(amount: Money, totalCost: Money, on day: Day, reason: String?) throws {
        let parameters = ParameterRepository(db)
        let intensity = Decimal(amount.ore) / Decimal(totalCost.ore)
        let maximum = try parameters.decimal(.intensityMax, on: day)
        let reasonAbove = try parameters.decimal(.intensityReasonAbove, on: day)
        if intensity > maximum {
            throw PortfolioError.refused("support intensity \(intensity.percent) (\(amount) of \(totalCost)) is above the limit of \(maximum.percent)")
        }
        if intensity > reasonAbove && reason == nil {
            throw PortfolioError.refused("support intensity \(intensity.percent) is above \(reasonAbove.percent): record why with --reason")
        }
    }

    private func checkDeMinimis(grant: Grant, amount: Money, rate: Double, on day: Day) throws {
        let position = try DeMinimisRepository(db).position(partnerID: grant.applicantID, on: day, excludingGrant: grant.id)
        let award = Euro(amount, rate: rate)
        guard position.total + award <= position.ceiling else {
            throw PortfolioError.refused("de minimis: \(award) (\(amount) at \(rate)) would bring \(grant.applicant) and its group to \(position.total + award) in \(position.windowStart.iso)–\(position.windowEnd.iso); aid so far \(position.total), ceiling \(position.ceiling), headroom \(position.headroom)")
        }
    }

    /// Refuses an approval that leaves the fund with less than nothing on any day from its date on.
    private func checkFundStaysCovered(grant: Grant, amount: Money, from day: Day) throws {
        let fund = try FundRepository(db).resolve(grant.fund)
        let low = try FundRepository(db).lowPoint(fundID: fund.id, from: day)
        guard low.available >= .zero else {
            throw PortfolioError.refused("\(fund.name) has \(low.available + amount) available on \(low.day.iso): it cannot cover \(amount)")
        }
    }

    static let select = """
        SELECT grant.*, fund.name AS fund_name, partner.name AS applicant_name,
               (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment') AS paid,
               (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment') AS repaid
        FROM grant JOIN fund ON fund.id = grant.fund_id JOIN partner ON partner.id = grant.applicant_id
        """

    static func grant(from row: StatementRow) throws -> Grant {
        func day(_ column: String) throws -> Day? { try row.get(column, as: String?.self).map(Day.init(parsing:)) }
        return Grant(
            id: try row.get("id"), fund: try row.get("fund_name"), applicantID: try row.get("applicant_id"),
            applicant: try row.get("applicant_name"), projectID: try row.get("project_id"), purpose: try row.get("purpose"),
            basis: try AidBasis(parsing: try row.get("basis")), amountApplied: Money(ore: try row.get("amount_applied_ore")),
            totalCost: Money(ore: try row.get("total_cost_ore")), receivedOn: try Day(parsing: try row.get("received_on")),
            status: try GrantStatus(parsing: try row.get("status")), approvedOn: try day("approved_on"),
            amountApproved: try row.get("amount_approved_ore", as: Int64?.self).map(Money.init(ore:)),
            deadline: try day("deadline"), caseReference: try row.get("case_ref"), eurRate: try row.get("eur_rate"),
            intensityReason: try row.get("intensity_reason"), decidedOn: try day("decided_on"),
            decisionNote: try row.get("decision_note"), releasedOn: try day("released_on"),
            paid: Money(ore: try row.get("paid")), repaid: Money(ore: try row.get("repaid")))
    }
}
