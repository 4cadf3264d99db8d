extension String {
    /// The text as XML character data or an attribute value in double quotes:
    /// `&`, `<`, `>` and `"` escaped, a carriage return kept as `&#13;` (a parser
    /// would turn it into a line feed), and the characters XML 1.0 forbids (control
    /// characters other than tab and line breaks, U+FFFE, U+FFFF) left out.
    ///
    ///     "Ærlig & <AS>\u{1}".xmlEscaped   // "Ærlig &amp; &lt;AS&gt;"
    var xmlEscaped: String {
        // Most text needs nothing: it is returned as it is, without being copied.
        guard unicodeScalars.contains(where: { Self.xmlEntities[$0] != nil || !Self.allowedInXML($0) }) else { return self }
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            if let entity = Self.xmlEntities[scalar] {
                out += entity
            } else if Self.allowedInXML(scalar) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// XML 1.0 allows tab, the line breaks and everything from U+0020 on but U+FFFE and
    /// U+FFFF (and the surrogates, which a Swift string cannot hold).
    private static func allowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF : scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private static let xmlEntities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\r": "&#13;"]

    /// The text as a spreadsheet string: spreadsheets read `_x0041_` in a cell's
    /// text as the character U+0041, so a literal `_xHHHH_` gets its `_` written
    /// that way (`_x005F_`) and reads back as typed.
    ///
    ///     "a_x0041_b".spreadsheetLiteral   // "a_x005F_x0041_b"
    var spreadsheetLiteral: String {
        guard contains("_x") else { return self }
        var out = ""
        var rest = Substring(self)
        while let start = rest.range(of: "_x") {
            let code = rest[start.upperBound...].prefix(5)
            let isEscape = code.count == 5 && code.last == "_" && code.dropLast().allSatisfy(\.isHexDigit)
            out += rest[..<start.lowerBound] + (isEscape ? "_x005F_x" : "_x")
            rest = rest[start.upperBound...]
        }
        return out + rest
    }
}
