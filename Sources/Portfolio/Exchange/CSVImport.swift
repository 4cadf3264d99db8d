import Foundation

/// What `mon import` can read.
public enum ImportKind: String, CaseIterable, Sendable {
    case projects, partners, grants

    /// The columns a file may have, in the order export writes them.
    public var columns: [String] {
        switch self {
        case .projects: return ["id", "name", "status", "goals", "strategies", "start_date", "end_date", "budget", "responsible", "description"]
        case .partners: return ["id", "name", "orgnr", "kind", "municipality", "group"]
        case .grants: return ["id", "fund", "applicant", "project_id", "purpose", "basis", "amount_applied", "total_cost",
                              "received_on", "status", "approved_on", "amount_approved", "deadline", "case_ref", "eur_rate",
                              "intensity_reason", "decided_on", "paid", "paid_on", "repaid", "repaid_on"]
        }
    }

    /// The columns a file must have.
    var requiredColumns: [String] {
        switch self {
        case .projects: return ["name", "goals"]
        case .partners: return ["name"]
        case .grants: return ["applicant", "amount_applied", "total_cost", "received_on"]
        }
    }
}

/// What an import did, or would have done.
public struct ImportSummary: Equatable, Sendable {
    public let kind: ImportKind
    public let rows: Int
    public let dryRun: Bool
}

extension PortfolioDatabase {
    /// Imports a CSV file whole or not at all: every row is checked by the
    /// same rules as `add`, and the first bad row stops it, named by line and
    /// column. `dryRun` checks everything and then writes nothing.
    ///
    /// The file is UTF-8 (a byte-order mark is allowed), separated by `,` or,
    /// as Norwegian Excel writes it, `;`, with a header row naming its columns.
    ///
    /// A grant row gives a grant as it ended; it is checked by the same rules as
    /// apply, approve, pay, lapse, repay … by hand, set-wise: the rows are staged,
    /// replayed in memory in the order of their lines, inserted together, and the
    /// funds are checked once all rows are in.
    ///
    ///     let summary = try db.importCSV(.grants, from: "tilsagn.csv", dryRun: true)
    public func importCSV(_ kind: ImportKind, from path: String, dryRun: Bool = false) throws -> ImportSummary {
        var count = 0
        do {
            if kind == .grants {
                count = try importGrants(from: path, dryRun: dryRun)
            } else {
                try write {
                    count = try CSVFile(path: path, kind: kind).forEachRow { row in
                        try row.locatingErrors { kind == .partners ? try importPartner(row) : try importProject(row) }
                    }
                    if dryRun { throw DryRunFinished() }
                }
            }
        } catch is DryRunFinished {}
        return ImportSummary(kind: kind, rows: count, dryRun: dryRun)
    }

    /// Stages the file, replays each row through the rule book in the order of its
    /// lines, and inserts the grants together; throws `DryRunFinished` after the
    /// checks when `dryRun`. The staged rows go to a temporary file, not memory:
    /// a million of them would take hundreds of megabytes.
    private func importGrants(from path: String, dryRun: Bool) throws -> Int {
        try connection.executeScript("PRAGMA temp_store = FILE")
        defer { try? connection.executeScript("PRAGMA temp_store = MEMORY") }
        let stage = GrantImportStage(self)
        return try write {
            try stage.create()
            defer { try? stage.drop() }
            // A line the file cannot be read past is named only when no line before it breaks a rule.
            var count = 0, unreadable: PortfolioError?
            do { count = try stage.load(CSVFile(path: path, kind: .grants)) } catch let error as PortfolioError { unreadable = error }
            var replay = try GrantImportReplay(self)
            let keep = try GrantImportWrite(self)
            try stage.forEachRow(path: path) { row, staged in
                try row.locatingErrors { try keep.keep(try replay.replay(row, staged), line: row.line) }
            }
            if let unreadable { throw unreadable }
            try keep.insertAll()
            try keep.checkFunds(path: path)
            if dryRun { throw DryRunFinished() }
            return count
        }
    }

    private func importPartner(_ row: CSVRow) throws {
        try PartnerRepository(self).add(
            name: try row.text("name") ?? "",
            orgnr: try row.value("orgnr", OrganisationNumber.init(parsing:)),
            kind: try row.value("kind", PartnerKind.init(parsing:)) ?? .company,
            municipality: try row.text("municipality"),
            group: try row.text("group"),
            id: try row.value("id", CSVRow.identifier))
    }

    private func importProject(_ row: CSVRow) throws {
        try ProjectRepository(self).add(Project(
            id: try row.value("id", CSVRow.identifier) ?? 0,
            name: try row.text("name") ?? "",
            status: try row.value("status", ProjectStatus.init(parsing:)) ?? .idea,
            startDate: try row.value("start_date", Day.init(parsing:)),
            endDate: try row.value("end_date", Day.init(parsing:)),
            budget: try row.value("budget", Money.init(csvField:)),
            responsible: try row.text("responsible"),
            description: try row.text("description"),
            goals: try row.list("goals"),
            strategies: try row.list("strategies")))
    }
}

private struct DryRunFinished: Error {}
