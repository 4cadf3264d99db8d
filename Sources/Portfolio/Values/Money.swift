/// An amount of Norwegian kroner, held as integer øre: never a `Double`.
///
///     let amount = try Money(parsing: "1 250 000,50 kr")   // 125_000_050 øre
///     amount.description                                    // "1 250 000,50 kr"
///     amount.kronerJSON                                     // "1250000.5"
public struct Money: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let ore: Int64

    public init(ore: Int64) {
        self.ore = ore
    }

    public init(kroner: Int64) {
        self.ore = kroner * 100
    }

    public static let zero = Money(ore: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.ore < rhs.ore }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore + rhs.ore) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore - rhs.ore) }

    /// Accepts an amount as Norwegians write it: `1250000`, `1 250 000`, `1.250.000`,
    /// `1250000,50`, `1 250 000,-`, `1 250 000 kr`, `kr 1 250 000` and `NOK 1 250 000`
    /// (a space may also be a no-break space). Refuses anything else, negative amounts
    /// among them, anything above `Bounds.amount` (10 000 000 000 kr), and `1.250`,
    /// which may mean 1 250 kr or 1,25 kr.
    public init(parsing input: String) throws {
        let refusal = PortfolioError.invalidInput(Message("value.amount_unreadable", ["input": .text(input)]))
        let text = Self.withoutCurrency(input.replacingSpaces)
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { throw refusal }
        let separator: Character = parts[0].contains(".") ? "." : " "
        let groups = parts[0].split(separator: separator, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard groups.allSatisfy(isDigits),
              groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        else { throw refusal }
        if separator == ".", groups.count == 2, parts.count == 1 {
            // One point and three digits: thousands to a Norwegian, a decimal point to others.
            let fraction = String(groups[1].reversed().drop { $0 == "0" }.reversed())
            throw PortfolioError.invalidInput(Message("value.amount_ambiguous", [
                "input": .text(input), "thousands": .text(groups.joined(separator: " ")),
                "decimal": .text(fraction.isEmpty ? String(groups[0]) : groups[0] + "," + fraction)]))
        }
        let digits = groups.joined()
        guard digits.count <= 15, let kroner = Int64(digits) else { throw refusal }
        var ore: Int64 = 0
        if parts.count == 2, parts[1] != "-" {
            let fraction = parts[1]
            guard isDigits(fraction), fraction.count <= 2, let value = Int64(fraction) else { throw refusal }
            ore = fraction.count == 1 ? value * 10 : value
        }
        guard kroner * 100 + ore <= Bounds.amount.ore else {
            throw PortfolioError.invalidInput(Message("value.amount_too_large", ["input": .text(input), "most": .money(Bounds.amount)]))
        }
        self.ore = kroner * 100 + ore
    }

    /// The number without `kr` or `NOK` before or after it (any case, with or without a space).
    private static func withoutCurrency(_ text: String) -> Substring {
        var number = Substring(text)
        for prefix in ["kr ", "kr", "nok ", "nok"] where number.lowercased().hasPrefix(prefix) {
            number = number.dropFirst(prefix.count)
            break
        }
        for suffix in [" kr", "kr", " nok", "nok"] where number.lowercased().hasSuffix(suffix) {
            number = number.dropLast(suffix.count)
            break
        }
        return number
    }

    /// Norwegian style: `1 250 000 kr`, `1 250 000,50 kr`, `-500 kr`.
    public var description: String { Hundredths.norwegian(ore, unit: " kr") }

    /// The description, written backwards (into a table's text without a string between).
    func write(to out: inout ASCIIWriter) {
        Hundredths.write(ore, unit: " kr", to: &out)
    }

    /// The number alone, Norwegian style: `1 250 000` or `1 250 000,50`.
    public var formattedNumber: String { Hundredths.norwegian(ore) }

    /// Kroner as a JSON number, exact: `1250000`, `1250000.5`, `0.05`.
    public var kronerJSON: String { Hundredths.decimal(ore) }
}

/// A whole number of hundredths (øre, euro cents) written as a decimal, digit by digit: every list
/// writes a few amounts per row.
enum Hundredths {
    /// Room for any Int64 of hundredths written Norwegian style, with a unit.
    static let capacity = 48

    /// Grouped by thousands with spaces and a decimal comma, then `unit`: `1 250 000,50`, `-500 kr`.
    static func norwegian(_ value: Int64, unit: StaticString = "") -> String {
        String(asciiBackwards: capacity) { write(value, unit: unit, to: &$0) }
    }

    /// `norwegian(value, unit:)`, written backwards.
    static func write(_ value: Int64, unit: StaticString = "", to out: inout ASCIIWriter) {
        out.prepend(unit)
        let rest = value.magnitude % 100
        if rest != 0 {
            out.prepend(digitsOf: rest, width: 2)
            out.prepend(UInt8(ascii: ","))
        }
        out.prepend(digitsOf: value.magnitude / 100, grouped: true)
        if value < 0 { out.prepend(UInt8(ascii: "-")) }
    }

    /// A whole number grouped by thousands with spaces, for any Int64: `-9 223 372 036 854 775 808`.
    static func whole(_ value: Int64) -> String {
        String(asciiBackwards: 32) { out in
            out.prepend(digitsOf: value.magnitude, grouped: true)
            if value < 0 { out.prepend(UInt8(ascii: "-")) }
        }
    }

    /// As a JSON number, exact and without trailing zeros: `1250000.5`.
    static func decimal(_ value: Int64) -> String {
        String(asciiBackwards: 32) { out in
            let rest = value.magnitude % 100
            if rest != 0 {
                if rest % 10 == 0 { out.prepend(digitsOf: rest / 10) } else { out.prepend(digitsOf: rest, width: 2) }
                out.prepend(UInt8(ascii: "."))
            }
            out.prepend(digitsOf: value.magnitude / 100)
            if value < 0 { out.prepend(UInt8(ascii: "-")) }
        }
    }
}
