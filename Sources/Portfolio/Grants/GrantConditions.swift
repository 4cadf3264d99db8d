import Foundation

/// A percentage as people type it, `12,07` or `12.07` (a `%` after it allowed), held
/// exactly in hundredths of a percent: 12,07 % is 1207, so that a share of an amount
/// in øre is exact.
///
///     let share = try Percentage(parsing: "12,07", option: "--max-share")   // 1207 hundredths
///     share.of(Money(kroner: 400_000))                                      // 48 280 kr
public struct Percentage: Comparable, Hashable, Sendable {
    /// Hundredths of a percent: 1 to 10 000.
    public let hundredths: Int64

    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    /// Reads a percentage above 0 and at most 100 with at most two decimals; a refusal names `option`.
    public init(parsing text: String, option: String) throws {
        var number = text.trimmed
        if number.hasSuffix("%") { number = String(number.dropLast()).trimmed }
        let parts = number.split(separator: ",", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ".", omittingEmptySubsequences: false)
        }
        guard !number.hasPrefix("-"), DecimalNumber.read(number) != nil, parts.count == 1 || parts[1].count <= 2,
              let whole = Int64(parts[0]) else {
            throw PortfolioError.invalidInput(Message("condition.percent_unreadable", ["text": .text(text), "option": .text(option)]))
        }
        let fraction = parts.count == 2 ? Int64(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        let hundredths = whole * 100 + fraction
        guard hundredths > 0, hundredths <= 10_000 else {
            throw PortfolioError.invalidInput(Message("condition.percent_out_of_range", ["text": .text(text), "option": .text(option)]))
        }
        self.hundredths = hundredths
    }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.hundredths < rhs.hundredths }

    /// This share of `amount`, rounded down to whole øre: never more than the share.
    public func of(_ amount: Money) -> Money {
        Money(ore: amount.ore * hundredths / 10_000)
    }

    /// This share of `amount`, rounded up to whole øre: a holdback keeps at least its share.
    public func roundedUp(of amount: Money) -> Money {
        Money(ore: (amount.ore * hundredths + 9_999) / 10_000)
    }

    /// The percentage as a number, `12.07`: for programs, and for a person with two decimals.
    public var percent: Double { Double(hundredths) / 100 }

    /// The percentage for a person with its sign: `12,07 %` in bokmål, `12.07 %` in English, `10 %` when whole.
    public func text(in language: Language) -> String {
        let whole = "\(hundredths / 100)"
        let cents = hundredths % 100
        return (cents == 0 ? whole : language.withDecimalMark(whole + "." + (cents < 10 ? "0" : "") + "\(cents)")) + " %"
    }

    /// The percentage in a sentence: `12,07` in bokmål, `12.07` in English (the catalogue writes the `%`).
    public var argument: Message.Argument { .decimal(percent, places: 2) }
}

/// The conditions (vilkår) an approval sets on a grant: when the project is to be
/// done, when its final report is due, the largest share of documented costs it
/// may cover, how much is held back until the final report, and free text.
///
///     var conditions = GrantConditions(completion: try Day(parsing: "2021-12-31"))
///     conditions.maxShare = try Percentage(parsing: "12,07", option: "--max-share")
public struct GrantConditions: Equatable, Sendable {
    /// The project is to be completed by this day; a part payment after it needs the day moved later.
    public var completion: Day?
    /// The final report is due by this day.
    public var reportDue: Day?
    /// The largest share of documented costs the grant may cover.
    public var maxShare: Percentage?
    /// The share of the grant held back until the final report.
    public var holdback: Percentage?
    /// Conditions in words, in the order given.
    public var texts: [String]

    public init(completion: Day? = nil, reportDue: Day? = nil, maxShare: Percentage? = nil, holdback: Percentage? = nil,
                texts: [String] = []) {
        self.completion = completion
        self.reportDue = reportDue
        self.maxShare = maxShare
        self.holdback = holdback
        self.texts = texts
    }

    /// True when any date or share is set (the texts aside).
    var hasTerms: Bool { completion != nil || reportDue != nil || maxShare != nil || holdback != nil }
}

extension Grant {
    /// The amount held back until the final report: the holdback's share of the amount approved, rounded up.
    public var holdbackAmount: Money {
        guard let holdback = conditions.holdback, let amountApproved else { return .zero }
        return holdback.roundedUp(of: amountApproved)
    }

    /// A grant with a holdback or a largest share of costs is paid only against payment requests.
    public var isPaidOnRequest: Bool { conditions.holdback != nil || conditions.maxShare != nil }
}
