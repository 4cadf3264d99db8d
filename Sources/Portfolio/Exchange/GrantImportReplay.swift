import Foundation

/// One staged grant row replayed in memory through the rule book, in the order
/// `grant apply`, `approve`, `pay`, `close`, `lapse`, `withdraw` and `repay` would
/// ask it: the same functions, the same facts (from `GrantImportFacts`), so the
/// first refusal is the one those commands give, with its line and column. The
/// fund's cover is not asked here: a file's rows need not stand in the order of
/// their days, so it is checked over the whole file once the grants are in.
///
///     var replay = try GrantImportReplay(db)
///     let imported = try replay.replay(row, staged)   // the grant as it ended, its payments and decision
struct GrantImportReplay {
    private var facts: GrantImportFacts
    private var deMinimis: ImportedDeMinimis
    private let today = Day.today()

    init(_ db: PortfolioDatabase) throws {
        facts = try GrantImportFacts(db)
        deMinimis = try ImportedDeMinimis(db)
    }

    mutating func replay(_ row: CSVRow, _ staged: StagedReferences) throws -> ImportedGrant {
        let status = try row.value("status", GrantStatus.init(parsing:)) ?? .applied
        let (applied, applicant) = try apply(row, staged)
        var imported = ImportedGrant(grant: applied)
        guard let approvedOn = try row.value("approved_on", Day.init(parsing:)) else {
            try decideUnapproved(&imported, status: status, row)
            return imported
        }
        try approve(&imported, on: approvedOn, row, applicant: applicant)
        try settle(&imported, status: status, row)
        let grant = imported.grant
        guard grant.status == status else {
            throw PortfolioError.refused(Message("import.figures_disagree", ["figures": .message(grant.status.words), "status": .message(status.words)]))
        }
        deMinimis.add(grant, repaidOn: imported.repayment?.day, of: applicant)
        return imported
    }

    /// `grant apply`: the application's fields, its fund, applicant and project, and its id.
    private mutating func apply(_ row: CSVRow, _ staged: StagedReferences) throws -> (Grant, StagedPartner) {
        let application = GrantApplication(
            applicant: try row.text("applicant") ?? "",
            amount: try row.value("amount_applied", Money.init(csvField:)) ?? .zero,
            totalCost: try row.value("total_cost", Money.init(csvField:)) ?? .zero,
            projectID: try row.value("project_id", CSVRow.identifier),
            fund: try row.text("fund"),
            receivedOn: try row.required("received_on", Day.init(parsing:)),
            basis: try row.value("basis", AidBasis.init(parsing:)) ?? .deMinimis,
            purpose: try row.text("purpose"))
        let given = try row.value("id", CSVRow.identifier)
        let fund = try facts.fund(application.fund)
        let applicant = try facts.applicant(application.applicant, staged: staged)
        let start = try application.projectID.flatMap { try facts.projectStart($0, staged: staged) }
        // The warnings (outside Vefsn, project started before) are an adviser's, not a file's: the import never showed them.
        _ = try GrantRules.application(application, applicant: Partner(id: applicant.id, name: applicant.name, kind: .company),
                                       projectStart: start, today: today)
        let grant = Grant(
            id: try facts.grantID(given, staged: staged), fundID: fund.id, fund: fund.name, applicantID: applicant.id,
            applicant: applicant.name, projectID: application.projectID, purpose: try Text.freeText(application.purpose, of: "text.what.purpose"),
            basis: application.basis ?? .deMinimis, amountApplied: application.amount, totalCost: application.totalCost,
            receivedOn: application.receivedOn, status: .applied, approvedOn: nil, amountApproved: nil, deadline: nil,
            caseReference: nil, eurRate: nil, intensityReason: nil, decidedOn: nil, decisionNote: nil, releasedOn: nil,
            paid: .zero, repaid: .zero)
        return (grant, applicant)
    }

    /// A row never approved: still an application, or rejected or withdrawn as one.
    private func decideUnapproved(_ imported: inout ImportedGrant, status: GrantStatus, _ row: CSVRow) throws {
        let grant = imported.grant
        switch status {
        case .applied: return
        case .rejected:
            let day = try Self.required("decided_on", status, row)
            imported.record(try GrantRules.rejection(of: grant, on: day, reason: nil), decision: .rejected, on: day)
        case .withdrawn:
            let day = try Self.required("decided_on", status, row)
            imported.record(try GrantRules.withdrawal(of: grant, on: day), decision: .withdrawn, on: day)
        default: throw PortfolioError.refused(Message("import.grant_needs_approved_on", ["status": .message(status.words)]))
        }
    }

    /// `grant approve` without the fund's cover: the rate, the de minimis position, the limits of its day.
    private mutating func approve(_ imported: inout ImportedGrant, on day: Day, _ row: CSVRow, applicant: StagedPartner) throws {
        var approval = GrantApproval(
            date: day, amount: try row.value("amount_approved", Money.init(csvField:)), deadline: try row.value("deadline", Day.init(parsing:)),
            caseReference: try row.text("case_ref"),
            eurRate: try row.value("eur_rate") { try facts.checked(try EuroRate(parsing: $0), on: day) }?.nokPerEuro,
            reason: try row.text("intensity_reason"))
        let grant = imported.grant
        let given = approval.eurRate.map(EuroRate.init(nokPerEuro:))
        if given != nil || grant.basis.isStateAid { approval.eurRate = try facts.rate(given: given, on: day)?.nokPerEuro }
        var position: DeMinimisPosition?
        if grant.basis == .deMinimis {
            let (window, ceiling) = try facts.ceiling(on: day)
            position = deMinimis.position(of: applicant, on: day, window: window, ceiling: ceiling)
        }
        let ruling = try GrantRules.approval(approval, of: grant, limits: try facts.limits(on: day, fundID: grant.fundID), deMinimis: position)
        let caseReference = approval.caseReference?.trimmed.nilIfEmpty
        imported.approvalCase = try Text.freeText(caseReference, of: "text.what.case")
        imported.grant = grant.approved(on: day, amount: ruling.amount, deadline: approval.deadline, caseReference: caseReference,
                                        eurRate: ruling.eurRate, reason: try Text.freeText(approval.reason, of: "text.what.reason"))
    }

    /// What happened after the approval: the payment, then the step the row's status names.
    private func settle(_ imported: inout ImportedGrant, status: GrantStatus, _ row: CSVRow) throws {
        let amount = imported.grant.amountApproved ?? .zero
        let paid = try row.value("paid", Money.init(csvField:)) ?? .zero
        if paid > .zero {
            // A grant closed below its amount was settled by a final payment.
            let day = try Self.required("paid_on", status, row)
            imported.record(try GrantRules.payment(of: paid, on: day, to: imported.grant, final: status == .closed && paid < amount))
        }
        let grant = imported.grant
        switch status {
        case .closed where paid == amount:
            let day = try row.value("decided_on", Day.init(parsing:)) ?? Self.required("paid_on", status, row)
            imported.record(try GrantRules.closing(of: grant, on: day))
        case .lapsed:
            let day = try Self.required("decided_on", status, row)
            imported.record(try GrantRules.lapse(of: grant, on: day), decision: .lapsed, on: day)
        case .withdrawn:
            let day = try Self.required("decided_on", status, row)
            imported.record(try GrantRules.withdrawal(of: grant, on: day), decision: .withdrawn, on: day)
        case .repaid:
            let amount = try Self.required("repaid", status, row, Money.init(csvField:))
            imported.record(try GrantRules.repayment(of: amount, on: try Self.required("repaid_on", status, row), by: grant))
        case .applied, .rejected, .annulled:
            throw PortfolioError.refused(Message("import.approved_not_status", ["status": .message(status.words)]))
        case .approved, .paid, .closed: break
        }
    }

    /// A field the row's status needs; refused, naming the status, when it is empty.
    private static func required(_ column: String, _ status: GrantStatus, _ row: CSVRow) throws -> Day {
        try required(column, status, row, Day.init(parsing:))
    }

    private static func required<T>(_ column: String, _ status: GrantStatus, _ row: CSVRow, _ parse: (String) throws -> T) throws -> T {
        guard let value = try row.value(column, parse) else {
            throw PortfolioError.refused(Message("import.grant_needs_column", ["status": .message(status.words), "column": .text(column)]))
        }
        return value
    }
}

/// A grant as a row of the file ended, with the payments and the decision the replay wrote for it.
struct ImportedGrant {
    var grant: Grant
    /// The case the approval's decision names, as `grant_decision` keeps it.
    var approvalCase: String?
    var payment: GrantRules.Payment?
    var repayment: GrantRules.Payment?
    /// The decision after the approval: rejected, withdrawn or lapsed.
    var decision: (kind: DecisionKind, day: Day)?

    /// Takes the change the rule book returned, as `GrantRepository.change` writes it.
    mutating func record(_ change: GrantRules.Change, decision: DecisionKind? = nil, on day: Day? = nil) {
        if let payment = change.payment {
            if payment.isRepayment { repayment = payment } else { self.payment = payment }
        }
        if let decision, let day { self.decision = (decision, day) }
        grant = grant.changed(by: change)
    }
}

extension Grant {
    /// The grant with the approval written on it, as `GrantRepository.record` writes it.
    fileprivate func approved(on day: Day, amount: Money, deadline: Day?, caseReference: String?, eurRate: Double?, reason: String?) -> Grant {
        rebuilt(status: .approved, approvedOn: day, amountApproved: amount, deadline: deadline, caseReference: caseReference,
                eurRate: eurRate, intensityReason: reason, decidedOn: day, decisionNote: decisionNote, releasedOn: releasedOn,
                paid: paid, repaid: repaid)
    }

    /// The grant after a change: its status, the days it sets, and the money it moves.
    fileprivate func changed(by change: GrantRules.Change) -> Grant {
        let money = change.payment.map { $0.isRepayment ? (paid, repaid + $0.amount) : (paid + $0.amount, repaid) } ?? (paid, repaid)
        return rebuilt(status: change.status, approvedOn: approvedOn, amountApproved: amountApproved, deadline: deadline,
                       caseReference: caseReference, eurRate: eurRate, intensityReason: intensityReason,
                       decidedOn: change.decidedOn ?? decidedOn, decisionNote: change.note ?? decisionNote,
                       releasedOn: change.releasedOn ?? releasedOn, paid: money.0, repaid: money.1)
    }

    private func rebuilt(status: GrantStatus, approvedOn: Day?, amountApproved: Money?, deadline: Day?, caseReference: String?,
                         eurRate: Double?, intensityReason: String?, decidedOn: Day?, decisionNote: String?, releasedOn: Day?,
                         paid: Money, repaid: Money) -> Grant {
        Grant(id: id, fundID: fundID, fund: fund, applicantID: applicantID, applicant: applicant, projectID: projectID, purpose: purpose,
              basis: basis, amountApplied: amountApplied, totalCost: totalCost, receivedOn: receivedOn, status: status,
              approvedOn: approvedOn, amountApproved: amountApproved, deadline: deadline, caseReference: caseReference, eurRate: eurRate,
              intensityReason: intensityReason, decidedOn: decidedOn, decisionNote: decisionNote, releasedOn: releasedOn,
              paid: paid, repaid: repaid)
    }
}
