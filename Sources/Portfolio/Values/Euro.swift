/// An amount of euro in whole cents: de minimis aid is counted in EUR.
public struct Euro: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public init(euros: Int64) {
        self.cents = euros * 100
    }

    /// Kroner converted at `rate` NOK per EUR, rounded to the nearest cent. A rate no
    /// one could type now (one stored before rates were bounded, or by another SQLite
    /// client: 0.0000001, say) gives at most EUR 10 000 000 000 000, never a crash.
    public init(_ amount: Money, rate: Double) {
        let cents = (Double(amount.ore) / rate).rounded()
        self.cents = cents.isNaN ? Self.limit : Int64(max(-Double(Self.limit), min(Double(Self.limit), cents)))
    }

    /// 10^15 cents: thousands of such amounts still add up within Int64.
    static let limit: Int64 = 1_000_000_000_000_000

    public static let zero = Euro(cents: 0)
    public static func < (lhs: Euro, rhs: Euro) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Euro, rhs: Euro) -> Euro { Euro(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Euro, rhs: Euro) -> Euro { Euro(cents: lhs.cents - rhs.cents) }

    /// `EUR 200 000` or `EUR 149 999,91`.
    public var description: String { "EUR " + Hundredths.norwegian(cents) }

    /// Euro as a JSON number, exact: `200000`, `149999.91`.
    public var json: String { Hundredths.decimal(cents) }
}
