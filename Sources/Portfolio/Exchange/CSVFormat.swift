import Foundation

/// Comma-separated values as RFC 4180 writes them, read strictly.
///
/// mon reads CSV itself rather than through CSV.swift: that library accepts a
/// quote left open, or text after a closing quote, without a word, and cannot
/// say on which line a field stood; an import must refuse such a file and name
/// the place.
///
///     let records = try CSVFormat.read(text)             // [[String]] with line numbers
///     let text = CSVFormat.write([["id", "name"], ["1", "Vefsn kommune"]])
public enum CSVFormat {
    /// One row of fields and the line of the file on which it begins.
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// Splits text into records. Refuses a quote that is never closed, a quote
    /// inside an unquoted field and text after a closing quote, naming the line.
    /// A blank line is skipped.
    public static func read(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [Record] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoted = false       // inside a quoted field
        var wasQuoted = false    // the current field was quoted and has closed
        var recordHasContent = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || !fields[0].isEmpty {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == quote {
                    if index < bytes.count && bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        quoted = false
                        wasQuoted = true
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case delimiter:
                endField()
                recordHasContent = true
            case lf, cr:
                if byte == cr && index < bytes.count && bytes[index] == lf { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case quote:
                guard field.isEmpty && !wasQuoted else {
                    throw PortfolioError("line \(line): a quote (\") inside a field that does not start with one; quote the whole field and double the quotes inside it")
                }
                quoted = true
                recordHasContent = true
            default:
                guard !wasQuoted else {
                    throw PortfolioError("line \(line): text after the closing quote of a field")
                }
                field.append(byte)
            }
        }
        if quoted {
            throw PortfolioError("line \(recordLine): a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
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
