import Foundation
import SQLite

/// A rule the schema enforced, told in a person's words: the table and
/// column it is about, never SQLite's wording or the SQL. A trigger's RAISE
/// text is mon's own sentence and is kept as it is.
///
///     ConstraintWords.sentence(for: error).text(in: .english) // "another fund already has this name"
enum ConstraintWords {
    static func sentence(for error: SQLiteError) -> Message {
        let detail = error.message.split(separator: ":", maxSplits: 1).dropFirst().first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        switch error.code {
        case SQLiteError.constraintTrigger:
            // The trigger's RAISE text is written in the migrations, in English.
            return Message(untranslated: error.message)
        case SQLiteError.constraintUnique, SQLiteError.constraintPrimaryKey:
            let columns = qualifiedColumns(detail)
            return Message("constraint.unique", ["table": .text(columns.table), "columns": .text(columns.names)])
        case SQLiteError.constraintNotNull:
            let columns = qualifiedColumns(detail)
            return Message("constraint.not_null", ["table": .text(columns.table), "columns": .text(columns.names)])
        case SQLiteError.constraintCheck:
            let table = targetTable(of: error.sql).map(words) ?? "row"
            let columns = identifiers(in: detail).map(words)
            let names = columns.isEmpty ? "value" : list(columns)
            return Message("constraint.check", ["table": .text(table), "columns": .text(names)])
        case SQLiteError.constraintForeignKey:
            return Message("constraint.foreign_key")
        default:
            return Message("constraint.other")
        }
    }

    /// `fund.fund_id, fund.year` as the table and its columns in words: ("fund", "fund and year").
    private static func qualifiedColumns(_ detail: String) -> (table: String, names: String) {
        let pairs = detail.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).split(separator: ".") }
        let table = pairs.first.flatMap { $0.count == 2 ? String($0[0]) : nil } ?? "row"
        return (words(table), list(pairs.compactMap(\.last).map { words(String($0)) }))
    }

    /// The table an INSERT, UPDATE or DELETE statement of mon's own writes to.
    private static func targetTable(of sql: String?) -> String? {
        guard let sql else { return nil }
        let tokens = sql.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
        guard let verb = tokens.firstIndex(where: { ["INTO", "UPDATE", "FROM"].contains($0.uppercased()) }),
              tokens.indices.contains(verb + 1) else { return nil }
        return tokens[verb + 1]
    }

    /// The column names a CHECK expression mentions: words that are not SQL,
    /// a function's name or inside a string literal.
    private static func identifiers(in expression: String) -> [String] {
        let keywords: Set<String> = ["and", "or", "not", "is", "null", "between", "in", "glob", "like", "case", "when",
                                     "then", "else", "end", "true", "false", "cast", "as", "integer", "text", "real"]
        let code = expression.replacingOccurrences(of: "'[^']*'", with: " ", options: .regularExpression)
        var found: [String] = []
        var rest = Substring(code)
        while let start = rest.firstIndex(where: { $0.isLetter || $0 == "_" }) {
            let word = String(rest[start...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            rest = rest[rest.index(start, offsetBy: word.count)...]
            guard rest.first != "(", !keywords.contains(word.lowercased()), !found.contains(word) else { continue }
            found.append(word)
        }
        return found
    }

    /// `amount_approved_ore` as "amount approved": no storage suffixes, spaces for underscores.
    private static func words(_ name: String) -> String {
        var name = name
        for suffix in ["_ore", "_id"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
        }
        return name.replacingOccurrences(of: "_", with: " ")
    }

    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.first ?? "" : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
