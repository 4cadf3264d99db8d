import Foundation
import SQLite

/// The EUR reference rate of a month, in NOK per EUR.
public struct MonthlyRate: Equatable, Sendable {
    public let month: Month
    public let rate: EuroRate
    public let setBy: String
    public let setAt: String
}

/// The months' EUR reference rates: an award or a de minimis declaration given
/// without a rate takes its month's, and a typed rate far from it is refused.
///
///     let rates = EuroRateRepository(db)
///     try rates.set(try Month(parsing: "2024-03"), try EuroRate(parsing: "11,52"))
///     try rates.rate(given: nil, on: try Day(parsing: "2024-03-15"))   // 11.52
public struct EuroRateRepository {
    let db: PortfolioDatabase

    /// How far a typed rate may lie from its month's reference rate: a rate
    /// further off is most likely the wrong month's or mistyped.
    public static let allowedPercent: Int64 = 5

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Records the month's rate, or replaces it; refused outside the rate bounds of the month's first day.
    public func set(_ month: Month, _ rate: EuroRate) throws {
        try db.write {
            let checked = try ParameterRepository(db).checked(rate, on: month.firstDay)
            try db.connection.execute("""
                INSERT INTO eur_rate (month, nok_per_eur, set_by) VALUES (?, ?, ?)
                ON CONFLICT (month) DO UPDATE SET nok_per_eur = excluded.nok_per_eur, set_by = excluded.set_by,
                    set_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                """, [month.iso, checked.nokPerEuro, db.actor])
        }
    }

    /// Every month's rate, oldest first.
    public func all() throws -> [MonthlyRate] {
        try db.connection.rows("SELECT month, nok_per_eur, set_by, set_at FROM eur_rate ORDER BY month").map { row in
            MonthlyRate(month: try Month(parsing: try row.get(0)), rate: EuroRate(nokPerEuro: try row.get(1)),
                        setBy: try row.get(2), setAt: try row.get(3))
        }
    }

    /// The reference rate of the month `day` lies in; nil when none is recorded.
    public func reference(on day: Day) throws -> EuroRate? {
        try db.connection.scalar("SELECT nok_per_eur FROM eur_rate WHERE month = ?", [Month(of: day).iso], as: Double.self)
            .map(EuroRate.init(nokPerEuro:))
    }

    /// The rate to record for an award or a declaration on `day`: the one given,
    /// when it lies within 5 % of the month's reference rate (or none is recorded),
    /// else the month's; nil when neither is there.
    public func rate(given: EuroRate?, on day: Day) throws -> EuroRate? {
        let reference = try self.reference(on: day)
        guard let given else { return try reference.map { try ParameterRepository(db).checked($0, on: day) } }
        if let reference, abs(given.nokPerEuro - reference.nokPerEuro) > Double(Self.allowedPercent) / 100 * reference.nokPerEuro {
            throw PortfolioError.refused(Message("rate.far_from_reference", [
                "given": given.argument, "reference": reference.argument, "month": .text(Month(of: day).iso),
                "allowed": .integer(Self.allowedPercent),
            ]))
        }
        return given
    }
}
