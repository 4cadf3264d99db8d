/// A calendar month, stored and printed ISO (`2024-03`): the month an EUR reference rate holds for.
///
///     let month = try Month(parsing: "2024-03")   // also "03.2024" and "3.2024"
///     month.iso                                   // "2024-03"
///     Month(of: try Day(parsing: "2024-03-15"))   // 2024-03
public struct Month: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(of day: Day) {
        year = day.year
        month = day.month
    }

    /// Accepts ISO `2024-03` and Norwegian `03.2024` or `3.2024`, in the years a day may have.
    public init(parsing input: String) throws {
        let text = input.trimmed
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let norwegian = text.split(separator: ".", omittingEmptySubsequences: false)
        let fields: (year: Substring, month: Substring)
        if iso.count == 2, iso[0].count == 4, iso[1].count == 2 {
            fields = (iso[0], iso[1])
        } else if norwegian.count == 2, (1...2).contains(norwegian[0].count), norwegian[1].count == 4 {
            fields = (norwegian[1], norwegian[0])
        } else {
            throw PortfolioError.invalidInput(Message("rate.month_unreadable", ["input": .text(input)]))
        }
        let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard isDigits(fields.year), isDigits(fields.month), let year = Int(fields.year), let month = Int(fields.month),
              Day.years.contains(year), (1...12).contains(month) else {
            throw PortfolioError.invalidInput(Message("rate.month_unreadable", ["input": .text(input)]))
        }
        self.year = year
        self.month = month
    }

    /// The first day of the month: the day whose EUR rate bounds a month's rate keeps to.
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }

    public var iso: String { firstDay.iso.prefix(7).description }

    public var description: String { iso }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
