import Foundation
import Portfolio

/// The one formatter behind every command's `--format`.
public enum Formatter {
    /// Widest a text column grows in a table before its text wraps.
    static let maximumColumnWidth = 60

    /// The table as `format` shows it; a table and Markdown in the reader's
    /// `language` (headers, words, dates, decimal commas), JSON and CSV in codes
    /// and ISO dates, the same in every language.
    public static func render(_ table: Table, as format: OutputFormat, in language: Language) -> String {
        switch format {
        case .table: return text(table, in: language)
        case .json: return table.json.text + "\n"
        case .csv: return table.csv(.standard)
        case .markdown: return markdown(table, in: language)
        }
    }

    // MARK: Table

    /// Columns padded to line up (counting characters, so æ, ø and å take one place),
    /// numbers right-aligned, long text wrapped within its column.
    static func text(_ table: Table, in language: Language) -> String {
        var text = TextTable(headers: table.headers, in: language)
        table.rows.forEach { text.append($0) }
        var out = ""
        text.write { out += $0 }
        return out
    }

    /// Breaks text into lines of at most `width` characters, at spaces where it can, never inside an
    /// amount (`1 380 000 kr`).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in words(of: paragraph) {
                var word = word
                // A word longer than the column is cut into pieces, walking it once: a
                // value of a million characters takes a moment, not minutes.
                while let end = word.index(word.startIndex, offsetBy: width, limitedBy: word.endIndex), end < word.endIndex {
                    if !current.isEmpty { lines.append(current); current = "" }
                    lines.append(String(word[..<end]))
                    word = word[end...]
                }
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }

    /// The words of `paragraph`, an amount as one: its groups of three digits, its `kr` or `%` stay with
    /// the digits before them, and a currency written first (`kr 1 250 000`, `EUR 100 854,70`) with the
    /// digits after it, with the spaces between, so that no part of an amount ends a line alone.
    static func words(of paragraph: Substring) -> [Substring] {
        var words: [Substring] = []
        for word in paragraph.split(separator: " ") {
            if let last = words.last, isDigit(last.last) ? continuesAmount(word) : isCurrency(last) && isDigit(word.first) {
                words[words.count - 1] = paragraph[last.startIndex..<word.endIndex]
            } else {
                words.append(word)
            }
        }
        return words
    }

    /// True for the next group of three digits (`000`, `000;`) or the unit after them (`kr`, `kr,`, `%`),
    /// not a word that only starts so (`180cb41f`, a seal's hash; `kroner`).
    private static func continuesAmount(_ word: Substring) -> Bool {
        let group = word.prefix(3)
        if group.count == 3, group.allSatisfy(isDigit) { return !isAlphanumeric(word.dropFirst(3).first) }
        return word.hasPrefix("%") || (word.hasPrefix("kr") && !isAlphanumeric(word.dropFirst(2).first))
    }

    /// A currency written before its amount.
    private static func isCurrency(_ word: Substring) -> Bool {
        ["kr", "NOK", "EUR"].contains(word.hasSuffix(":") ? word.dropLast() : word)
    }

    private static func isAlphanumeric(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    private static func isDigit(_ character: Character?) -> Bool {
        character.map { $0.isASCII && $0.isWholeNumber } ?? false
    }

    // MARK: Markdown

    static func markdown(_ table: Table, in language: Language) -> String {
        var markdown = MarkdownTable(headers: table.headers, in: language)
        table.rows.forEach { markdown.append($0) }
        var out = ""
        markdown.write { out += $0 }
        return out
    }

    /// Escapes what Markdown would read as markup or HTML, so user text stays text.
    /// A line break of any kind (LF, CR, CR LF) becomes `<br>`, so a cell stays on its row;
    /// other control characters are shown as in a terminal table.
    public static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~", "!":
                out += "\\" + String(character)
            case "\n", "\r", "\r\n":
                out += "<br>"
            default:
                out += String(character).visibleInTerminal
            }
        }
        return out
    }
}
