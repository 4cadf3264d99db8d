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
        let (left, right) = (key(lhs), key(rhs))
        return left == right ? lhs < rhs : left.lexicographicallyPrecedes(right)
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
