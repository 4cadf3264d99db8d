import Foundation

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
        // Whole kroner in digits alone, as export writes nearly every amount: read without the general parse,
        // which a million-row import would otherwise run a few million times. The same value and the same bound.
        if (1...15).contains(text.utf8.count), text.utf8.allSatisfy({ (48...57).contains($0) }), let kroner = Int64(text),
           kroner * 100 <= Bounds.amount.ore {
            self.init(ore: kroner * 100)
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
           (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
            self = try Money(parsing: parts[0] + "," + parts[1])
        } else {
            self = try Money(parsing: text)
        }
    }
}
