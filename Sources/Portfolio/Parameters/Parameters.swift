import Foundation
import SQLite

/// A parameter of the rules, valid from a date until the next value of its key.
public struct DatedParameter: Equatable, Sendable {
    public let key: String
    public let validFrom: Day
    public let value: String
    public let setBy: String
}

/// The keys a parameter may have, and what each value must be.
public enum ParameterKey: String, Choice {
    case intensityReasonAbove = "intensity_reason_above"
    case intensityMax = "intensity_max"
    case deminimisCeilingEUR = "deminimis_ceiling_eur"
    case deminimisWindow = "deminimis_window"
    case registerThresholdEUR = "register_threshold_eur"
    case personsPerJob = "persons_per_job"
    /// The lowest and highest EUR rate an award or a declaration may be recorded at:
    /// a rate typed without its decimal point (1149 for 11.49) is refused.
    case eurRateMin = "eur_rate_min"
    case eurRateMax = "eur_rate_max"
    /// The share of a grant held back until the final report when the approval names none (0: none).
    case holdbackDefault = "holdback_default"

    public static let catalogueName = "parameter"
    public static let hasWords = false

    /// Checks a value for this key and returns it in the form it is stored: a decimal
    /// comma typed the Norwegian way (`0,5`) is stored as the point SQL reads (`0.5`).
    func validated(_ text: String) throws -> String {
        let value = text.trimmed.replacingOccurrences(of: ",", with: ".")
        switch self {
        case .intensityReasonAbove, .intensityMax:
            guard let fraction = Decimal(stored: value),
                  fraction > 0, fraction <= 1, value.allSatisfy({ $0.isNumber || $0 == "." }) else {
                throw PortfolioError.invalidInput(Message("parameter.not_share", ["key": .text(rawValue), "text": .text(text)]))
            }
        case .deminimisCeilingEUR, .registerThresholdEUR:
            guard let amount = Int64(value), amount > 0 else {
                throw PortfolioError.invalidInput(Message("parameter.not_euro", ["key": .text(rawValue), "text": .text(text)]))
            }
        case .deminimisWindow:
            guard DeMinimisWindow(rawValue: value) != nil else {
                throw PortfolioError.invalidInput(Message("parameter.not_window", ["key": .text(rawValue), "text": .text(text)]))
            }
        case .personsPerJob:
            try Bounds.personsPerJob.check(try Self.number(value, text))
        case .eurRateMin, .eurRateMax:
            try Bounds.euroRateLimit.check(try Self.number(value, text))
        case .holdbackDefault:
            try Self.holdbackShare(value, text)
        }
        return value
    }

    /// A plain decimal number (`1.5` or `1,5`), never negative, `nan`, `inf` or `1e308`.
    static func number(_ value: String, _ text: String) throws -> Double {
        guard !value.trimmed.hasPrefix("-"), let number = DecimalNumber.read(value) else {
            throw PortfolioError.invalidInput(Message("parameter.not_number", ["text": .text(text)]))
        }
        return number
    }
}

/// How the three years of the de minimis ceiling are counted.
public enum DeMinimisWindow: String, Sendable {
    /// The fiscal year of the award and the two before it (Regulation 1407/2013).
    case fiscalYears = "fiscal-years"
    /// Any three years: the award day and the three years up to it (Regulation (EU) 2023/2831).
    case rollingYears = "rolling-years"
}

/// The dated parameters of the rules: intensity limits, de minimis ceiling and window, and the like.
public struct ParameterRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Every value of every parameter, by key and date.
    public func all() throws -> [DatedParameter] {
        try db.connection.rows("SELECT key, valid_from, value, set_by FROM parameter ORDER BY key, valid_from").map { row in
            DatedParameter(key: try row.get(0), validFrom: try row.get(1, as: Day.self), value: try row.get(2), setBy: try row.get(3))
        }
    }

    /// The value of `key` on `day`.
    public func value(_ key: ParameterKey, on day: Day) throws -> String {
        try convert(key, try db.connection.scalar("""
            SELECT value FROM parameter WHERE key = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1
            """, [key.rawValue, day.iso]), on: day) { $0 }
    }

    public func decimal(_ key: ParameterKey, on day: Day) throws -> Decimal {
        try read(key, on: day) { Decimal(stored: $0) }
    }

    public func integer(_ key: ParameterKey, on day: Day) throws -> Int64 {
        try read(key, on: day) { Int64($0) }
    }

    public func number(_ key: ParameterKey, on day: Day) throws -> Double {
        try read(key, on: day) { Double($0) }
    }

    /// The rate when it lies within the bounds of `day` (`eur_rate_min` to
    /// `eur_rate_max`, 5 to 25 NOK per EUR unless changed); refused otherwise.
    ///
    ///     let rate = try parameters.checked(try EuroRate(parsing: "11.49"), on: day)
    public func checked(_ rate: EuroRate, on day: Day) throws -> EuroRate {
        let low = try number(.eurRateMin, on: day), high = try number(.eurRateMax, on: day)
        guard low <= high else {
            throw PortfolioError.refused(Message("parameter.rate_bounds_crossed", ["day": .day(day), "low": .text(Cell.formatNumber(low)), "high": .text(Cell.formatNumber(high))]))
        }
        guard (low...high).contains(rate.nokPerEuro) else {
            throw PortfolioError.invalidInput(Message("parameter.rate_outside", ["rate": .text("\(rate)"), "low": .text(Cell.formatNumber(low)), "high": .text(Cell.formatNumber(high)), "day": .day(day)]))
        }
        return rate
    }

    public func window(on day: Day) throws -> DeMinimisWindow {
        try read(.deminimisWindow, on: day) { DeMinimisWindow(rawValue: $0) }
    }

    /// The limits of the grant rules on `day`, read in one query.
    public func limits(on day: Day) throws -> GrantLimits {
        let values = try Dictionary(uniqueKeysWithValues: db.connection.rows("""
            SELECT key, value FROM parameter AS p
            WHERE valid_from = (SELECT max(valid_from) FROM parameter WHERE key = p.key AND valid_from <= ?)
            """, [day.iso]).map { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) })
        let decimal = { (text: String) in Decimal(stored: text) }
        return GrantLimits(intensityMax: try convert(.intensityMax, values[ParameterKey.intensityMax.rawValue], on: day, decimal),
                           intensityReasonAbove: try convert(.intensityReasonAbove, values[ParameterKey.intensityReasonAbove.rawValue],
                                                             on: day, decimal),
                           registerThreshold: Euro(euros: try convert(.registerThresholdEUR,
                                                                      values[ParameterKey.registerThresholdEUR.rawValue], on: day) { Int64($0) }))
    }

    /// The value on `day`, converted; a value another SQLite client wrote wrong is refused, not trusted.
    private func read<T>(_ key: ParameterKey, on day: Day, _ convert: (String) -> T?) throws -> T {
        try self.convert(key, try value(key, on: day), on: day, convert)
    }

    private func convert<T>(_ key: ParameterKey, _ text: String?, on day: Day, _ convert: (String) -> T?) throws -> T {
        guard let text else {
            throw PortfolioError.refused(Message("parameter.no_value", ["key": .text(key.rawValue), "day": .day(day)]))
        }
        guard let value = convert(text) else {
            throw PortfolioError.refused(Message("parameter.unreadable", ["key": .text(key.rawValue), "text": .text(text), "day": .day(day)]))
        }
        return value
    }

    /// Sets `key` to `value` from `day` on; a value already set for that day is
    /// replaced. A key `multiplier.SECTOR` changes a sector's employment
    /// multiplier, which makes a new version of the scoring model. Nothing is
    /// set for a day before today: the rules as they stood stay as they were.
    public func set(_ key: String, _ value: String, from day: Day) throws {
        guard day >= Day.today() else {
            throw PortfolioError.refused(Message("parameter.starts_today", ["day": .day(day)]))
        }
        if key.hasPrefix(Self.multiplierPrefix) {
            let sector = try Sector(parsing: String(key.dropFirst(Self.multiplierPrefix.count)))
            let multiplier = try ParameterKey.number(value.trimmed, value)
            try ScoringRepository(db).changeModel(multipliers: [sector: multiplier], from: day == Day.today() ? nil : day)
            return
        }
        let parameter = try ParameterKey(parsing: key)
        let stored = try parameter.validated(value)
        try db.write {
            try db.connection.execute("""
                INSERT INTO parameter (key, valid_from, value, set_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (key, valid_from) DO UPDATE SET value = excluded.value, set_by = excluded.set_by,
                    set_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                """, [parameter.rawValue, day.iso, stored, db.actor])
            // The two bounds of an EUR rate must leave rates between them.
            if parameter == .eurRateMin || parameter == .eurRateMax,
               try number(.eurRateMin, on: day) > number(.eurRateMax, on: day) {
                throw PortfolioError.refused(Message("parameter.rate_min_above_max"))
            }
        }
    }

    /// Sector multipliers are set as `multiplier.industry` and so on.
    public static let multiplierPrefix = "multiplier."

    /// The dated parameters and, as `multiplier.SECTOR`, the multipliers of every model version.
    public func allWithMultipliers() throws -> [DatedParameter] {
        let models = try ScoringRepository(db).models()
        var previous: [Sector: Double] = [:]
        var multipliers: [DatedParameter] = []
        for model in models {
            for sector in Sector.allCases where model.multipliers[sector] != previous[sector] {
                multipliers.append(DatedParameter(key: Self.multiplierPrefix + sector.rawValue,
                                                  validFrom: try Day(parsing: String(model.validFrom.prefix(10))),
                                                  value: Cell.formatNumber(model.multipliers[sector] ?? 1),
                                                  setBy: "model v\(model.version)"))
            }
            previous = model.multipliers
        }
        return try all() + multipliers
    }
}
