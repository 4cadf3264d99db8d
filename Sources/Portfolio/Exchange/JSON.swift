/// A JSON value whose objects keep their keys in the order they were built,
/// so that output is stable and reads in a sensible order.
///
///     JSON.object([("id", .integer(7)), ("name", .string("ByLab"))]).text
public enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number already written as JSON text (exact kroner, integers, scores).
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func integer<T: BinaryInteger>(_ value: T) -> JSON { .number(String(value)) }

    public static func double(_ value: Double) -> JSON {
        guard value.isFinite else { return .null }
        return .number(Cell.formatNumber(value))
    }

    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.text == rhs.text }

    /// The value as JSON text, indented two spaces a level.
    public var text: String { text(indent: "") }

    /// The value as JSON text whose inner lines begin with `indent`: an element of an
    /// array printed a row at a time.
    ///
    ///     "  " + value.text(indent: "  ")   // as the value stands inside `JSON.array([value]).text`
    public func text(indent: String) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += value
        case .string(let value): JSON.writeString(value, to: &out)
        case .array(let values):
            guard !values.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, value) in values.enumerated() {
                out += indent + "  "
                value.write(to: &out, indent: indent + "  ")
                out += index == values.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  "
                JSON.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + "  ")
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension Cell {
    /// The cell as a program reads it in JSON.
    var json: JSON {
        switch self {
        case .null: return .null
        case .text(let value): return .string(value)
        case .integer(let value): return .integer(value)
        case .number(let value), .rounded(let value, _): return .double(value)
        case .money, .euro, .share: return .number(plain)
        case .code(let code, _): return .string(code)
        case .day(let value): return .string(value.iso)
        case .bool(let value): return .bool(value)
        case .bytes: return .string(plain)
        case .json(let text): return .number(text) // already JSON text
        }
    }
}
