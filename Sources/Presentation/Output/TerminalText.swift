extension String {
    /// The text with every character that would steer a terminal shown instead:
    /// control characters (but the line break a table wraps at) as `\xHH`, the
    /// characters that reorder text (bidirectional overrides) as `\u{HHHH}`.
    ///
    ///     "Evil\u{1B}[2J AS".visibleInTerminal   // "Evil\x1B[2J AS"
    public var visibleInTerminal: String {
        // Most text is printable ASCII, which steers nothing: no need to walk it scalar by scalar.
        if byteScan.printable { return self }
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
    /// C0 and C1 control characters but LF, DEL, and the bidirectional embeddings,
    /// overrides and isolates that can make text read other than it is stored.
    var steersTerminal: Bool {
        switch value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// What one pass over a text's UTF-8 tells a table: whether it is printable ASCII (line breaks allowed), whether it
/// holds a line break, and whether each byte is one character (ASCII without CR, which joins LF into one).
struct TextBytes {
    var printable = true
    var lineBreak = false
    var oneCharacterEach = true
}

extension String {
    /// The text's `TextBytes`, read as one buffer: walking `utf8` byte by byte, three times a cell, cost a table of
    /// 70 000 grants more than its SQL.
    var byteScan: TextBytes {
        func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> TextBytes {
            var found = TextBytes()
            for byte in buffer {
                if byte == 0x0A { found.lineBreak = true; continue }
                if byte < 0x20 || byte >= 0x7F { found.printable = false }
                if byte >= 0x80 || byte == 0x0D { found.oneCharacterEach = false }
            }
            return found
        }
        return utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan)
    }
}
