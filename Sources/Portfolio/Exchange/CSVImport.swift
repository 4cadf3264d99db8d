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
    /// A grant row gives a grant as it ended; it is replayed through the same
    /// steps as by hand — apply, approve, pay, lapse, repay … — so every rule
    /// holds, and the funds are checked once all rows are in.
    public func importCSV(_ kind: ImportKind, from path: String, dryRun: Bool = false) throws -> ImportSummary {
        var count = 0
        do {
            try write {
                // Which line each grant came from, kept compact: a million grants take 12 MB.
                var grantIDs: [Int64] = []
                var grantLines: [Int32] = []
                count = try CSVFile(path: path, kind: kind).forEachRow { row in
                    try row.locatingErrors {
                        switch kind {
                        case .partners: try importPartner(row)
                        case .projects: try importProject(row)
                        case .grants:
                            grantIDs.append(try importGrant(row))
                            grantLines.append(Int32(clamping: row.line))
                        }
                    }
                }
                if kind == .grants { try checkFundsAfterImport(ids: grantIDs, lines: grantLines, path: path) }
                if dryRun { throw DryRunFinished() }
            }
        } catch is DryRunFinished {}
        return ImportSummary(kind: kind, rows: count, dryRun: dryRun)
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

    /// Replays one grant row and returns the grant's id.
    private func importGrant(_ row: CSVRow) throws -> Int64 {
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
    private func checkFundsAfterImport(ids: [Int64], lines: [Int32], path: String) throws {
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

private struct DryRunFinished: Error {}

/// A CSV file read a megabyte at a time and checked as it goes: UTF-8, a
/// known header, every row as wide as the header. Only the row at hand is
/// held, so a file of a million rows takes no more memory than one of ten.
struct CSVFile {
    let path: String
    let kind: ImportKind

    /// Calls `body` with each row after the header, in order; returns how many there were.
    func forEachRow(_ body: (CSVRow) throws -> Void) throws -> Int {
        try FileKind.refuseDirectoryOrDevice(path, expected: Message("file.kind.csv"))
        guard let file = FileHandle(forReadingAtPath: path) else { throw PortfolioError.storage(.unavailable, Message("import.cannot_read", ["path": .text(path)])) }
        defer { try? file.close() }
        // A file that fails while it is read (a bad disk, /proc/self/mem) is named in words, not Foundation's.
        func nextChunk() throws -> Data {
            do {
                return try file.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw PortfolioError.storage(.unavailable, Message("file.unreadable", ["path": .text(path)]))
            }
        }
        var chunk = try nextChunk()
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { chunk.removeFirst(3) }
        // Norwegian Excel separates with `;`: a header with semicolons and no commas says so.
        let header = chunk.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let semicolons = header.contains(UInt8(ascii: ";")) && !header.contains(UInt8(ascii: ","))
        var reader = CSVFormat.Reader(delimiter: UInt8(ascii: semicolons ? ";" : ","))
        var columns: [String]?
        var rows = 0
        func take(_ record: CSVFormat.Record) throws {
            guard let columns else {
                columns = try checkedHeader(record.fields)
                return
            }
            guard record.fields.count == columns.count else {
                throw PortfolioError.invalidInput(Message("import.field_count", ["fields": .text("\(record.fields.count)"), "columns": .text("\(columns.count)")]))
                    .located(in: path, line: record.line)
            }
            rows += 1
            try body(CSVRow(path: path, line: record.line, values: Dictionary(uniqueKeysWithValues: zip(columns, record.fields))))
        }
        do {
            while !chunk.isEmpty {
                try chunk.withUnsafeBytes { try reader.consume($0.bindMemory(to: UInt8.self), emit: take) }
                chunk = try nextChunk()
            }
            try reader.finish(emit: take)
        } catch let error as PortfolioError {
            throw error.located(in: path)
        }
        guard columns != nil else { throw PortfolioError.notFound(Message("import.empty", ["path": .text(path)])) }
        return rows
    }

    private func checkedHeader(_ fields: [String]) throws -> [String] {
        let columns = fields.map { $0.trimmed.lowercased() }
        for column in columns where !kind.columns.contains(column) {
            throw PortfolioError.invalidInput(Message("import.unknown_column", ["column": .text(column), "kind": .text(kind.rawValue), "columns": .text(kind.columns.joined(separator: ", "))]))
                .located(in: path, line: 1)
        }
        for column in kind.requiredColumns where !columns.contains(column) {
            throw PortfolioError.invalidInput(Message("import.column_missing", ["column": .text(column)])).located(in: path, line: 1)
        }
        if let repeated = columns.first(where: { column in columns.filter { $0 == column }.count > 1 }) {
            throw PortfolioError.invalidInput(Message("import.column_twice", ["column": .text(repeated)])).located(in: path, line: 1)
        }
        return columns
    }
}

/// One row of an import file: its fields by column, and where it stood for error messages.
struct CSVRow {
    let path: String
    let line: Int
    let values: [String: String]

    /// The field as text; nil when the column is absent or the field empty. A
    /// leading `'` that export put before a formula character is removed.
    func text(_ column: String) throws -> String? {
        guard let value = values[column]?.trimmed, !value.isEmpty else { return nil }
        return value.restoredFromFormulaGuard
    }

    /// The field parsed by `parse`; a refusal names the line and column.
    func value<T>(_ column: String, _ parse: (String) throws -> T) throws -> T? {
        guard let text = try text(column) else { return nil }
        do {
            return try parse(text)
        } catch let error as PortfolioError {
            throw error.located(in: path, line: line, column: column)
        }
    }

    /// The field parsed by `parse`; refused, naming the line and column, when it is empty or absent.
    func required<T>(_ column: String, _ parse: (String) throws -> T) throws -> T {
        guard let value = try value(column, parse) else {
            throw PortfolioError.invalidInput(Message("import.column_empty", ["column": .text(column)])).located(in: path, line: line, column: column)
        }
        return value
    }

    /// A `;`-separated list (`1.1;2.4`).
    func list(_ column: String) throws -> [String] {
        try text(column)?.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty } ?? []
    }

    /// Runs `body`, naming this row in any refusal it throws.
    func locatingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as PortfolioError {
            throw error.located(in: path, line: line)
        }
    }

    static func identifier(_ text: String) throws -> Int64 {
        guard let id = Int64(text), id > 0 else { throw PortfolioError.invalidInput(Message("import.not_an_id", ["text": .text(text)])) }
        return id
    }
}

extension Money {
    /// An amount in a CSV field: as programs write it (`1250000.5`), or as a person does (`1 250 000,50`).
    public init(csvField text: String) throws {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
           (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
            self = try Money(parsing: parts[0] + "," + parts[1])
        } else {
            self = try Money(parsing: text)
        }
    }
}
