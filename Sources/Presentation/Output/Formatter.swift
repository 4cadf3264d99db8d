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
        let headers = table.headers.map { $0.text(in: language).visibleInTerminal }
        let cells = table.rows.map { row in row.map { $0.display(in: language).visibleInTerminal } }
        let numeric = table.columns.indices.map { column in
            table.rows.contains { $0[column].isNumeric } && table.rows.indices.allSatisfy {
                table.rows[$0][column].isNumeric || cells[$0][column].isEmpty
            }
        }
        var widths = headers.map(\.count)
        for row in cells {
            for (column, text) in row.enumerated() {
                let width = text.utf8.contains(10) ? text.split(separator: "\n").map(\.count).max() ?? 0 : text.count
                widths[column] = max(widths[column], min(maximumColumnWidth, width))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                pad(cells[column], to: widths[column], right: numeric[column])
            }.joined(separator: "  ").trailingSpacesRemoved + "\n"
        }
        var out = line(headers)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in cells {
            // Most cells fit on one line; only the others are wrapped.
            guard row.indices.contains(where: { row[$0].count > widths[$0] || row[$0].utf8.contains(10) }) else {
                out += line(row)
                continue
            }
            let wrapped = row.indices.map { wrap(row[$0], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height {
                out += line(wrapped.map { index < $0.count ? $0[index] : "" })
            }
        }
        return out
    }

    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    /// Breaks text into lines of at most `width` characters, at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
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

    // MARK: Markdown

    static func markdown(_ table: Table, in language: Language) -> String {
        var out = "| " + table.headers.map { escapeMarkdown($0.text(in: language)) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.indices.map { column in
            table.rows.contains(where: { $0[column].isNumeric }) ? " ---: |" : " --- |"
        }.joined() + "\n"
        for row in table.rows {
            out += "| " + row.map { escapeMarkdown($0.display(in: language)) }.joined(separator: " | ") + " |\n"
        }
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

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
