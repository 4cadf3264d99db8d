import SQLite

/// The rows of a grants file in a temporary table, `import_row`: the line and
/// each column's text as the file has it. The file is streamed in through one
/// prepared statement, so only the row at hand is ever held in Swift; the
/// references the rows name are then looked up in one ordered join, not row by row.
///
///     let rows = try GrantImportStage(db).load(CSVFile(path: path, kind: .grants))
///     try GrantImportStage(db).forEachRow { row, references in … }
struct GrantImportStage {
    let db: PortfolioDatabase

    init(_ db: PortfolioDatabase) {
        self.db = db
    }

    static let columns = ImportKind.grants.columns

    /// Creates the temporary tables afresh: the staged rows and the grants they come to.
    func create() throws {
        let text = Self.columns.map { "\"\($0)\" TEXT" }.joined(separator: ", ")
        try db.connection.executeScript("""
            DROP TABLE IF EXISTS temp.import_row;
            DROP TABLE IF EXISTS temp.import_grant;
            CREATE TEMP TABLE import_row (line INTEGER PRIMARY KEY, \(text));
            CREATE TEMP TABLE import_grant (
                line INTEGER PRIMARY KEY, id INTEGER NOT NULL, fund_id INTEGER, applicant_id INTEGER, project_id INTEGER,
                purpose TEXT, basis TEXT, amount_applied_ore INTEGER, total_cost_ore INTEGER, received_on TEXT, status TEXT,
                approved_on TEXT, amount_approved_ore INTEGER, deadline TEXT, case_ref TEXT, eur_rate REAL, intensity_reason TEXT,
                decided_on TEXT, released_on TEXT, approval_case TEXT, paid_ore INTEGER, paid_on TEXT, paid_final INTEGER,
                repaid_ore INTEGER, repaid_on TEXT, decision TEXT, decision_on TEXT);
            """)
    }

    /// Drops the temporary tables.
    func drop() throws {
        try db.connection.executeScript("DROP TABLE IF EXISTS temp.import_row; DROP TABLE IF EXISTS temp.import_grant;")
    }

    /// Streams the file into `import_row`; returns how many rows it had.
    func load(_ file: CSVFile) throws -> Int {
        let names = Self.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: Self.columns.count + 1).joined(separator: ", ")
        let insert = try db.connection.prepare("INSERT INTO temp.import_row (line, \(names)) VALUES (\(marks))")
        return try file.forEachRow { row in
            try insert.execute([Int64(row.line)] + Self.columns.map { row.values[$0] })
        }
    }

    /// Calls `body` with each staged row in the order of its lines, with what the
    /// database holds under the references it names (looked up in the same join).
    func forEachRow(path: String, _ body: (CSVRow, StagedReferences) throws -> Void) throws {
        let names = Self.columns.map { "s.\"\($0)\"" }.joined(separator: ", ")
        let statement = try db.connection.prepare("""
            SELECT s.line, \(names),
                   by_orgnr.id, by_orgnr.name, by_orgnr.group_id, by_orgnr.merged_into, by_orgnr.orgnr,
                   by_id.id, by_id.name, by_id.group_id, by_id.merged_into,
                   project.id, project.start_date, CAST(trim(s.id) AS INTEGER), taken.id
            FROM temp.import_row AS s
            LEFT JOIN partner AS by_orgnr ON by_orgnr.orgnr = replace(trim(s.applicant), ' ', '')
            LEFT JOIN partner AS by_id ON by_id.id = CAST(trim(s.applicant) AS INTEGER) AND trim(s.applicant) NOT GLOB '*[^0-9]*'
            LEFT JOIN project ON project.id = CAST(trim(s.project_id) AS INTEGER)
            LEFT JOIN grant AS taken ON taken.id = CAST(trim(s.id) AS INTEGER)
            ORDER BY s.line
            """)
        let count = Self.columns.count
        try statement.forEachRow { row in
            var values: [String: String] = [:]
            for (offset, column) in Self.columns.enumerated() {
                if let text = try row.get(offset + 1, as: String?.self) { values[column] = text }
            }
            func partner(_ at: Int) throws -> StagedPartner? {
                guard let id = try row.get(at, as: Int64?.self) else { return nil }
                return StagedPartner(id: id, name: try row.get(at + 1), groupID: try row.get(at + 2),
                                     mergedInto: try row.get(at + 3))
            }
            let references = StagedReferences(
                byOrgnr: try partner(count + 1), orgnr: try row.get(count + 5), byID: try partner(count + 6),
                projectID: try row.get(count + 10), projectStart: try row.get(count + 11),
                castID: try row.get(count + 12), takenID: try row.get(count + 13))
            try body(CSVRow(path: path, line: Int(try row.get(0, as: Int64.self)), values: values), references)
        }
    }
}

/// A partner as the staging join found it.
struct StagedPartner {
    let id: Int64
    let name: String
    let groupID: Int64?
    let mergedInto: Int64?

    /// The key of its undertaking for de minimis aid: its group's, else its own.
    var undertaking: Int64 { groupID.map { -$0 } ?? id }
}

/// What the database holds under the references of one staged row; nil where the join found nothing.
struct StagedReferences {
    /// The partner whose organisation number is the applicant's text, spaces taken out.
    let byOrgnr: StagedPartner?
    let orgnr: String?
    /// The partner whose id is the applicant's text.
    let byID: StagedPartner?
    let projectID: Int64?
    let projectStart: String?
    /// The grant id as SQLite read it, and the grant already under it.
    let castID: Int64?
    let takenID: Int64?
}
