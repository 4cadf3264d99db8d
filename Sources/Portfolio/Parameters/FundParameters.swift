import Foundation
import SQLite

/// The rules a fund may set for itself, each dated as the general parameters are:
/// the intensity limits, the basis an application gets when none is given, and
/// the share of a grant held back until the final report. A fund without its own
/// value uses the general one (for the basis: de minimis).
public enum FundParameterKey: String, Choice {
    case intensityReasonAbove = "intensity_reason_above"
    case intensityMax = "intensity_max"
    case basisDefault = "deminimis_basis_default"
    case holdbackDefault = "holdback_default"

    public static let catalogueName = "fund_parameter"
    public static let hasWords = false

    /// Checks a value for this key and returns it as stored: a share as a decimal
    /// point (`0.6`), a basis by its key (`gber`, from `gruppeunntak` too).
    func validated(_ text: String) throws -> String {
        switch self {
        case .intensityReasonAbove: return try ParameterKey.intensityReasonAbove.validated(text)
        case .intensityMax: return try ParameterKey.intensityMax.validated(text)
        case .basisDefault: return try AidBasis(parsing: text).rawValue
        case .holdbackDefault: return try ParameterKey.holdbackDefault.validated(text)
        }
    }
}

/// One dated value a fund set for itself.
public struct FundParameter: Equatable, Sendable {
    public let fund: String
    public let key: String
    public let validFrom: Day
    public let value: String
    public let setBy: String
}

extension ParameterRepository {
    /// Sets a fund's own value of `key` from `day` on; a value already set for that day is replaced.
    /// Nothing is set for a day before today, as for the general parameters.
    ///
    ///     try ParameterRepository(db).set(fund: "Covid-fond", "intensity_max", "0,6", from: Day.today())
    public func set(fund reference: String, _ key: String, _ value: String, from day: Day) throws {
        guard day >= Day.today() else {
            throw PortfolioError.refused(Message("parameter.starts_today", ["day": .day(day)]))
        }
        let parameter = try FundParameterKey(parsing: key)
        let stored = try parameter.validated(value)
        try db.write {
            let fund = try FundRepository(db).resolve(reference)
            try db.connection.execute("""
                INSERT INTO fund_parameter (fund_id, key, valid_from, value, set_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, key, valid_from) DO UPDATE SET value = excluded.value, set_by = excluded.set_by,
                    set_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                """, [fund.id, parameter.rawValue, day.iso, stored, db.actor])
        }
    }

    /// Every value the fund set for itself, by key and date.
    public func all(fund reference: String) throws -> [FundParameter] {
        let fund = try FundRepository(db).resolve(reference)
        return try db.connection.rows("""
            SELECT key, valid_from, value, set_by FROM fund_parameter WHERE fund_id = ? ORDER BY key, valid_from
            """, [fund.id]).map { row in
            FundParameter(fund: fund.name, key: try row.get(0), validFrom: try row.get(1, as: Day.self),
                          value: try row.get(2), setBy: try row.get(3))
        }
    }

    /// The fund's own value of `key` on `day`; nil when it has none and the general rule holds.
    func value(_ key: FundParameterKey, fundID: Int64, on day: Day) throws -> String? {
        try db.connection.scalar("""
            SELECT value FROM fund_parameter WHERE fund_id = ? AND key = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1
            """, [fundID, key.rawValue, day.iso])
    }

    /// The limits of the grant rules for a grant of the fund on `day`: the fund's own
    /// intensity limits where it has them, the general parameters elsewhere. The one way
    /// the rule book is given its limits.
    ///
    ///     let limits = try ParameterRepository(db).limits(on: day, fundID: grant.fundID)
    public func limits(on day: Day, fundID: Int64) throws -> GrantLimits {
        let general = try limits(on: day)
        func share(_ key: FundParameterKey, _ fallback: Decimal) throws -> Decimal {
            guard let text = try value(key, fundID: fundID, on: day) else { return fallback }
            guard let share = Decimal(stored: text) else {
                throw PortfolioError.refused(Message("parameter.unreadable", ["key": .text(key.rawValue), "text": .text(text), "day": .day(day)]))
            }
            return share
        }
        return GrantLimits(intensityMax: try share(.intensityMax, general.intensityMax),
                           intensityReasonAbove: try share(.intensityReasonAbove, general.intensityReasonAbove),
                           registerThreshold: general.registerThreshold)
    }

    /// The basis an application to the fund gets when none is given: the fund's own, else de minimis.
    func basisDefault(fundID: Int64, on day: Day) throws -> AidBasis {
        try value(.basisDefault, fundID: fundID, on: day).map(AidBasis.init(parsing:)) ?? .deMinimis
    }

    /// The holdback an approval in the fund on `day` takes when none is typed: the fund's
    /// own `holdback_default`, else the general one; nil when it is 0.
    ///
    ///     let holdback = try ParameterRepository(db).holdbackDefault(fundID: 1, on: day)   // 10 % after `param set holdback_default 0.1`
    public func holdbackDefault(fundID: Int64, on day: Day) throws -> Percentage? {
        let share = try value(.holdbackDefault, fundID: fundID, on: day).flatMap { Decimal(stored: $0) }
            ?? decimal(.holdbackDefault, on: day)
        let hundredths = NSDecimalNumber(decimal: share * 10_000).int64Value
        return hundredths > 0 ? Percentage(hundredths: hundredths) : nil
    }
}
