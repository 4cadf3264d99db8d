import Foundation

/// Norwegian alphabetical order: a to z, then æ, ø and å; case and accents
/// (é, ü) do not count; ä sorts as æ and ö as ø, as Norwegian dictionaries do.
/// Unicode's code points put Å before Æ and Ø, which no Norwegian reader expects.
///
///     ["Øst", "Åsen", "Zeta", "ærlig", "Alfa"].sorted(by: Collation.norwegian)
///     // ["Alfa", "Zeta", "ærlig", "Øst", "Åsen"]
public enum Collation {
    /// True when `lhs` comes before `rhs`; equal keys fall back to the text itself, so the order is total.
    public static func norwegian(_ lhs: String, _ rhs: String) -> Bool {
        if let order = plainOrder(lhs, rhs) { return order < 0 }
        return byKeys(lhs, rhs)
    }

    /// The order by `key`, the definition.
    static func byKeys(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (key(lhs), key(rhs))
        return left == right ? lhs < rhs : left.lexicographicallyPrecedes(right)
    }

    /// The same order as `byKeys` (negative, zero or positive), read straight from the UTF-8 of two names
    /// written with ASCII and the Norwegian letters (æ ø å, ä ö, in either case) only; nil for any other
    /// text, even an accent that would join a letter. SQLite asks for this order at every comparison
    /// of `ORDER BY … COLLATE norwegian`, and building two keys each time was most of `fund status`.
    static func plainOrder(_ lhs: String, _ rhs: String) -> Int? {
        guard isPlain(lhs.utf8), isPlain(rhs.utf8) else { return nil }
        var left = lhs.utf8.makeIterator(), right = rhs.utf8.makeIterator()
        while true {
            switch (plainKey(&left), plainKey(&right)) {
            case (nil, nil):
                // Equal keys are ordered by the text itself; for such text that is the order of its bytes.
                return lhs.utf8.elementsEqual(rhs.utf8) ? 0 : lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : 1
            case (nil, _): return -1
            case (_, nil): return 1
            case let (l?, r?) where l != r: return l < r ? -1 : 1
            default: continue
            }
        }
    }

    /// The key of æ ä Æ Ä, ø ö Ø Ö or å Å by the byte that follows 0xC3 in its UTF-8: after z, as in `key`.
    private static func norwegianLetter(_ second: UInt8) -> UInt32? {
        switch second {
        case 0xA6, 0xA4, 0x86, 0x84: 0x7B
        case 0xB8, 0xB6, 0x98, 0x96: 0x7C
        case 0xA5, 0x85: 0x7D
        default: nil
        }
    }

    private static func isPlain(_ bytes: String.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if byte >= 0x20 && byte < 0x80 { continue }
            guard byte == 0xC3, let second = iterator.next(), norwegianLetter(second) != nil else { return false }
        }
        return true
    }

    /// The next letter's key, of text `isPlain` has passed.
    private static func plainKey(_ bytes: inout String.UTF8View.Iterator) -> UInt32? {
        guard let byte = bytes.next() else { return nil }
        guard byte == 0xC3, let second = bytes.next() else {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            return lower < 0x7B ? UInt32(lower) : UInt32(lower) + 0x100
        }
        return norwegianLetter(second)
    }

    /// The text as numbers that sort in Norwegian order: letters a–z keep their
    /// places, æ, ø and å follow z, and every other character follows those.
    public static func key(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for character in text.lowercased() {
            // An ASCII letter is its own base: asking Foundation to decompose it cost more than the rest of
            // `fund status` at national scale, where a hundred funds' names are sorted by this key.
            if character.isASCII, let base = character.unicodeScalars.first?.value {
                key.append(base < 0x7B ? base : base + 0x100)
                continue
            }
            switch character {
            case "æ", "ä": key.append(0x7B)
            case "ø", "ö": key.append(0x7C)
            case "å": key.append(0x7D)
            default:
                // é → e: the base letter of a decomposed character, its accents dropped.
                let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first!.value
                key.append(base < 0x7B ? base : base + 0x100)
            }
        }
        return key
    }
}
