// Small helpers for the text and lists people type, shared across the domain.

import Foundation

extension String {
    /// Without white space at either end; the same string when there is none to take.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return first == startIndex && last == index(before: endIndex) ? self : String(self[first...last])
    }

    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// No-break and narrow no-break spaces, as Norwegian amounts are often typed, read as spaces.
    var replacingSpaces: String {
        String(map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each only the first time it occurs.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

/// The rules for text a person types or a file holds, before it is stored:
/// NFC (so that `é` typed as one character or as `e` and a combining accent is
/// the same text), no control characters that could rewrite a terminal or
/// reorder a line, and names that can be seen.
///
///     let name = try Text.name("  Sjøgata\u{0301} AS ", of: "text.what.partner")   // "Sjøgatá AS", NFC, trimmed
///     let note = try Text.freeText("Line one\nline two", of: "text.what.description")
///     Text.nameKey("ÆRFUGL as") == Text.nameKey("ærfugl AS")                // true
public enum Text {
    /// A name, NFC and trimmed; refused when empty, without a visible letter or digit,
    /// or holding a control character (line breaks and tabs among them).
    public static func name(_ text: String, of what: Message.Key) throws -> String {
        let name = text.precomposedStringWithCanonicalMapping.trimmed
        guard !name.isEmpty else { throw PortfolioError.refused(Message("value.name_empty", ["what": .message(Message(what))])) }
        if let control = name.unicodeScalars.first(where: isControl) {
            throw PortfolioError.invalidInput(Message("value.name_control", ["what": .message(Message(what)), "character": .text(describe(control))]))
        }
        guard name.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw PortfolioError.invalidInput(Message("value.name_invisible", ["what": .message(Message(what))]))
        }
        return name
    }

    /// A name that may be left out (a municipality, a group, a responsible person): nil when empty.
    public static func optionalName(_ text: String?, of what: Message.Key) throws -> String? {
        guard let text, !text.trimmed.isEmpty else { return nil }
        return try name(text, of: what)
    }

    /// Free text (a description, a purpose, a note), NFC and trimmed; nil when empty.
    /// Line breaks and tabs are kept; any other control character is refused.
    public static func freeText(_ text: String?, of what: Message.Key) throws -> String? {
        guard let text = text?.precomposedStringWithCanonicalMapping.trimmed.nilIfEmpty else { return nil }
        if let control = text.unicodeScalars.first(where: { isControl($0) && !["\n", "\r", "\t"].contains($0) }) {
            throw PortfolioError.invalidInput(Message("value.text_control", ["what": .message(Message(what)), "character": .text(describe(control))]))
        }
        return text
    }

    /// What two names are compared by: NFC, case-folded (`ß` as `ss`), white space as one space.
    public static func nameKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// C0 and C1 control characters, DEL, and the bidirectional controls that reorder
    /// what a terminal shows (U+202A–U+202E, U+2066–U+2069).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `U+001B`: how a refusal names a character it cannot show.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
