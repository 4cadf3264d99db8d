extension String {
    /// The text with every character that would steer a terminal shown instead:
    /// control characters (but the line break a table wraps at) as `\xHH`, the
    /// characters that reorder text (bidirectional overrides) as `\u{HHHH}`.
    ///
    ///     "Evil\u{1B}[2J AS".visibleInTerminal   // "Evil\x1B[2J AS"
    public var visibleInTerminal: String {
        // Most text is plain, which steers nothing: no need to walk it scalar by scalar.
        if byteScan.plain { return self }
        guard unicodeScalars.contains(where: \.steersTerminal) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard scalar.steersTerminal else { out.append(scalar); continue }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escaped = scalar.value < 0x100
                ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                : "\\u{" + hex + "}"
            out.append(contentsOf: escaped.unicodeScalars)
        }
        return String(out)
    }
}

extension String {
    /// As `visibleInTerminal`, and a line break shown as `\x0A`: for a message of one line.
    public var visibleOnOneLine: String {
        visibleInTerminal.replacingOccurrences(of: "\n", with: "\\x0A")
    }
}

extension Unicode.Scalar {
    /// C0 and C1 control characters but LF, DEL, and the bidirectional marks, embeddings,
    /// overrides and isolates that can make text read other than it is stored.
    var steersTerminal: Bool {
        switch value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// What one pass over a text's UTF-8 tells a table: whether it is plain — printable ASCII and line breaks, and
/// letters of two bytes from U+00A0 to U+024F (æ, ø, å, é, ü…), none of which steers a terminal or joins the
/// character before it — whether it holds a line break, and, when plain, its number of characters.
struct TextBytes {
    var plain = true
    var lineBreak = false
    /// The number of characters, counted when the text is plain: one a byte of ASCII, one a letter of two bytes.
    var characters = 0
}

extension String {
    /// The text's `TextBytes`, read as one buffer: walking `utf8` byte by byte, three times a cell, cost a table of
    /// 70 000 grants more than its SQL, and counting characters by grapheme clusters, as `count` does, a fund's
    /// name (Næringsfond) a cell as much again.
    var byteScan: TextBytes {
        func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> TextBytes {
            var found = TextBytes()
            var index = 0
            while index < buffer.count {
                switch buffer[index] {
                case 0x0A: found.lineBreak = true
                case 0x20..<0x7F: break
                // A letter of two bytes: U+00C0 to U+024F, or U+00A0 to U+00BF (after C2, the C1 controls U+0080 to U+009F).
                case 0xC3...0xC9: index += 1
                case 0xC2 where index + 1 < buffer.count && buffer[index + 1] >= 0xA0: index += 1
                default: found.plain = false
                }
                found.characters += 1
                index += 1
            }
            return found
        }
        return utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan)
    }
}
