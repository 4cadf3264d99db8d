// Small helpers for the text and lists people type, shared across the domain.

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
