@testable import Portfolio

/// The grant import as it was before it went set-wise, kept here as the
/// reference the set-wise one is held to: each row replayed through the
/// repository — apply, approve, pay, close, lapse, withdraw, repay — about 30
/// statements a row, and the funds checked once every row is in.
extension PortfolioDatabase {
    /// Imports a grants file row by row, all or nothing; returns how many rows it had.
    func importGrantsRowByRow(from path: String) throws -> Int {
        var count = 0
        try write {
            var grantIDs: [Int64] = []
            var grantLines: [Int32] = []
            count = try CSVFile(path: path, kind: .grants).forEachRow { row in
                try row.locatingErrors {
                    grantIDs.append(try replayRowByRow(row))
                    grantLines.append(Int32(clamping: row.line))
                }
            }
            try checkFundsRowByRow(ids: grantIDs, lines: grantLines, path: path)
        }
        return count
    }

    /// Replays one grant row and returns the grant's id.
    fileprivate func replayRowByRow(_ row: CSVRow) throws -> Int64 {
        let grants = GrantRepository(self)
        let status = try row.value("status", GrantStatus.init(parsing:)) ?? .applied
        let id = try grants.apply(GrantApplication(
            applicant: try row.text("applicant") ?? "",
            amount: try row.value("amount_applied", Money.init(csvField:)) ?? .zero,
            totalCost: try row.value("total_cost", Money.init(csvField:)) ?? .zero,
            projectID: try row.value("project_id", CSVRow.identifier),
            fund: try row.text("fund"),
            receivedOn: try row.required("received_on", Day.init(parsing:)),
            basis: try row.value("basis", AidBasis.init(parsing:)) ?? .deMinimis,
            purpose: try row.text("purpose")), id: try row.value("id", CSVRow.identifier)).id
        func required<T>(_ column: String, _ parse: (String) throws -> T) throws -> T {
            guard let value = try row.value(column, parse) else {
                throw PortfolioError.refused(Message("import.grant_needs_column", ["status": .message(status.words), "column": .text(column)]))
            }
            return value
        }
        guard let approvedOn = try row.value("approved_on", Day.init(parsing:)) else {
            switch status {
            case .applied: break
            case .rejected: try grants.reject(id, on: try required("decided_on", Day.init(parsing:)))
            case .withdrawn: try grants.withdraw(id, on: try required("decided_on", Day.init(parsing:)))
            default: throw PortfolioError.refused(Message("import.grant_needs_approved_on", ["status": .message(status.words)]))
            }
            return id
        }
        let approved = try row.value("amount_approved", Money.init(csvField:))
        let approval = GrantApproval(
            date: approvedOn, amount: approved, deadline: try row.value("deadline", Day.init(parsing:)),
            caseReference: try row.text("case_ref"),
            eurRate: try row.value("eur_rate") { try ParameterRepository(self).checked(try EuroRate(parsing: $0), on: approvedOn) }?.nokPerEuro,
            reason: try row.text("intensity_reason"))
        // The fund's cover is asked once every row is in (`checkFundsAfterImport`): a file's rows need not
        // stand in the order of their days, and a later row may release what an earlier one needs.
        let application = try grants.grant(id)
        try grants.record(approval, as: try grants.decide(approval, on: application), on: application)
        let amount = try grants.grant(id).amountApproved!
        let paid = try row.value("paid", Money.init(csvField:)) ?? .zero
        if paid > .zero {
            // A grant closed below its amount was settled by a final payment.
            try grants.pay(id, paid, on: try required("paid_on", Day.init(parsing:)), final: status == .closed && paid < amount)
        }
        switch status {
        case .closed where paid == amount:
            try grants.close(id, on: try row.value("decided_on", Day.init(parsing:)) ?? required("paid_on", Day.init(parsing:)))
        case .lapsed: try grants.lapse(id, on: try required("decided_on", Day.init(parsing:)))
        case .withdrawn: try grants.withdraw(id, on: try required("decided_on", Day.init(parsing:)))
        case .repaid: try grants.repay(id, try required("repaid", Money.init(csvField:)), on: try required("repaid_on", Day.init(parsing:)))
        case .applied, .rejected, .annulled: throw PortfolioError.refused(Message("import.approved_not_status", ["status": .message(status.words)]))
        case .approved, .paid, .closed: break
        }
        let result = try grants.grant(id)
        guard result.status == status else {
            throw PortfolioError.refused(Message("import.figures_disagree", ["figures": .message(result.status.words), "status": .message(status.words)]))
        }
        return id
    }

    /// Every fund must have covered every approval on every day; the first
    /// approval it could not cover is named by its line.
    fileprivate func checkFundsRowByRow(ids: [Int64], lines: [Int32], path: String) throws {
        let funds = FundRepository(self)
        for fund in try funds.list() {
            guard let short = try funds.firstUncoveredApproval(fundID: fund.id) else { continue }
            let grant = try GrantRepository(self).grant(short.grantID)
            let refusal = GrantRules.uncovered(grant.amountApproved ?? .zero, available: short.available, on: short.day, fund: fund.name)
            guard let index = ids.firstIndex(of: short.grantID) else { throw refusal }
            throw refusal.located(in: path, line: Int(lines[index]))
        }
    }
}
