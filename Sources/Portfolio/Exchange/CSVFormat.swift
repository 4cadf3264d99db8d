import Foundation

/// Comma-separated values as RFC 4180 writes them, read strictly.
///
/// mon reads CSV itself rather than through CSV.swift: that library accepts a
/// quote left open, or text after a closing quote, without a word, and cannot
/// say on which line a field stood; an import must refuse such a file and name
/// the place.
///
///     let records = try CSVFormat.read(text)             // fields, with their line numbers
///     let text = CSVFormat.write([["id", "name"], ["1", "Vefsn kommune"]])
public enum CSVFormat {
    /// One row of fields and the line of the file on which it begins.
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// Splits text into records. Refuses a quote that is never closed, a quote
    /// inside an unquoted field, text after a closing quote, bytes that are
    /// not UTF-8 and a record over 1 MB, naming the line. A blank line is skipped.
    public static func read(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [Record] {
        var reader = Reader(delimiter: delimiter)
        var records: [Record] = []
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { try reader.consume(UnsafeBufferPointer($0)) { records.append($0) } }
        try reader.finish { records.append($0) }
        return records
    }

    /// Reads CSV a piece at a time — a file of any size in little memory — and
    /// hands on each record as soon as it is whole.
    ///
    ///     var reader = CSVFormat.Reader(delimiter: UInt8(ascii: ";"))
    ///     try reader.consume(chunk) { record in … }   // as often as there are chunks
    ///     try reader.finish { record in … }
    public struct Reader {
        let delimiter: UInt8
        private var fields: [String] = []
        private var field: [UInt8] = []
        private var line = 1
        private var recordLine = 1
        /// Inside a quoted field.
        private var quoted = false
        /// Inside a quoted field, just after a quote: the next byte says whether it closed the field.
        private var quoteInQuoted = false
        /// The current field was quoted and has closed.
        private var wasQuoted = false
        /// A CR ended the last record: an LF right after it belongs to it.
        private var afterCR = false
        private var recordHasContent = false
        /// Bytes of the record at hand, so that one without end (a quote never closed) is refused early.
        private var recordBytes = 0

        /// The longest record read: 1 MB. Only the record at hand is held, so memory stays within a few MB.
        public static let largestRecord = 1 << 20

        public init(delimiter: UInt8 = UInt8(ascii: ",")) {
            self.delimiter = delimiter
        }

        public mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, emit: (Record) throws -> Void) throws {
            for byte in bytes { try consume(byte, emit: emit) }
        }

        /// Ends the text: a quote still open is refused; a last record without a line end is handed on.
        public mutating func finish(emit: (Record) throws -> Void) throws {
            if quoteInQuoted {
                quoteInQuoted = false
                quoted = false
                wasQuoted = true
            }
            if quoted { throw PortfolioError.invalidInput(Message("csv.quote_open")).located(line: recordLine) }
            if !field.isEmpty || !fields.isEmpty || wasQuoted { try endRecord(emit: emit) }
        }

        private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        private mutating func consume(_ byte: UInt8, emit: (Record) throws -> Void) throws {
            recordBytes += 1
            guard recordBytes <= Self.largestRecord else {
                throw PortfolioError.invalidInput(Message("csv.record_too_long"))
                    .located(line: recordLine)
            }
            if afterCR {
                afterCR = false
                if byte == Self.lf { return }
            }
            if quoteInQuoted {
                quoteInQuoted = false
                if byte == Self.quote {
                    field.append(Self.quote)
                    return
                }
                quoted = false
                wasQuoted = true
            }
            if quoted {
                if byte == Self.quote {
                    quoteInQuoted = true
                } else {
                    if byte == Self.lf { line += 1 }
                    field.append(byte)
                }
                return
            }
            switch byte {
            case delimiter:
                try endField()
                recordHasContent = true
            case Self.lf, Self.cr:
                afterCR = byte == Self.cr
                try endRecord(emit: emit)
                line += 1
                recordLine = line
            case Self.quote:
                guard field.isEmpty && !wasQuoted else {
                    throw PortfolioError.invalidInput(Message("csv.stray_quote"))
                        .located(line: line)
                }
                quoted = true
                recordHasContent = true
            default:
                guard !wasQuoted else { throw PortfolioError.invalidInput(Message("csv.text_after_quote")).located(line: line) }
                field.append(byte)
            }
        }

        private mutating func endField() throws {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw PortfolioError.invalidInput(Message("csv.not_utf8")).located(line: recordLine)
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }

        private mutating func endRecord(emit: (Record) throws -> Void) throws {
            try endField()
            if recordHasContent || fields.count > 1 || !fields[0].isEmpty {
                try emit(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
            recordBytes = 0
        }
    }

    /// Writes rows as CSV with CRLF line ends, quoting a field only when it must be.
    public static func write(_ rows: [[String]], delimiter: Character = ",") -> String {
        var out = ""
        for row in rows {
            out += row.map { quoteIfNeeded($0, delimiter: delimiter) }.joined(separator: String(delimiter))
            out += "\r\n"
        }
        return out
    }

    static func quoteIfNeeded(_ field: String, delimiter: Character) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
