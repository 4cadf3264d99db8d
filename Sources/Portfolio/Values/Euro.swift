/// An amount of euro in whole cents: de minimis aid is counted in EUR.
public struct Euro: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public init(euros: Int64) {
        self.cents = euros * 100
    }

    /// Kroner converted at `rate` NOK per EUR, rounded to the nearest cent.
    public init(_ amount: Money, rate: Double) {
        self.cents = Int64((Double(amount.ore) / rate).rounded())
    }

    public static let zero = Euro(cents: 0)
    public static func < (lhs: Euro, rhs: Euro) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Euro, rhs: Euro) -> Euro { Euro(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Euro, rhs: Euro) -> Euro { Euro(cents: lhs.cents - rhs.cents) }

    /// `EUR 200 000` or `EUR 149 999,91`.
    public var description: String { "EUR " + Hundredths.norwegian(cents) }

    /// Euro as a JSON number, exact: `200000`, `149999.91`.
    public var json: String { Hundredths.decimal(cents) }
}
