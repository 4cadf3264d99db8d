import Foundation

/// A calendar day, stored and printed ISO (`2024-03-15`).
///
///     let day = try Day(parsing: "15.3.2024")    // also "15.03.2024" and "2024-03-15"
///     day.iso                                      // "2024-03-15"
public struct Day: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a person may type: the records of a næringsfond, with room on both sides.
    public static let years = 1900...2200

    /// Nil unless year, month and day name a real day (no 2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts ISO `2024-03-15` and Norwegian `15.03.2024` or `15.3.2024`; refuses days that
    /// do not exist, and two-digit years.
    public init(parsing input: String) throws {
        // Every date the database holds is ISO: read those straight from their bytes.
        if let day = Day(iso: input.utf8) {
            self = day
            return
        }
        let text = input.trimmingCharacters(in: .whitespaces)
        let refusal = PortfolioError.invalidInput(Message("value.date_unreadable", ["input": .text(input)]))
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let norwegian = text.split(separator: ".", omittingEmptySubsequences: false)
        let fields: (year: Substring, month: Substring, day: Substring)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2 {
            fields = (iso[0], iso[1], iso[2])
        } else if norwegian.count == 3, (1...2).contains(norwegian[0].count), (1...2).contains(norwegian[1].count), norwegian[2].count == 4 {
            fields = (norwegian[2], norwegian[1], norwegian[0])
        } else {
            throw refusal
        }
        let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard isDigits(fields.year), isDigits(fields.month), isDigits(fields.day),
              let year = Int(fields.year), let month = Int(fields.month), let day = Int(fields.day) else { throw refusal }
        guard Self.years.contains(year) else {
            throw PortfolioError.invalidInput(Message("value.date_year_range", ["input": .text(input), "first": .text("\(Self.years.lowerBound)"), "last": .text("\(Self.years.upperBound)")]))
        }
        guard (1...12).contains(month) else { throw refusal }
        guard let value = Day(year: year, month: month, day: day) else {
            throw PortfolioError.invalidInput(Message("value.date_no_such_day", ["input": .text(input), "month": .text(String(format: "%04d-%02d", year, month)), "day": .text("\(day)")]))
        }
        self = value
    }

    /// 1 January and 31 December of a year a person asked for; refused outside `years`.
    public static func span(of year: Int) throws -> (first: Day, last: Day) {
        guard years.contains(year) else {
            throw PortfolioError.invalidInput(Message("value.year_range", ["year": .text("\(year)"), "first": .text("\(years.lowerBound)"), "last": .text("\(years.upperBound)")]))
        }
        return (Day(year: year, month: 1, day: 1)!, Day(year: year, month: 12, day: 31)!)
    }

    /// Today in Vefsn (Europe/Oslo), whatever the machine's zone: the days mon records are Norwegian days,
    /// and a server kept in UTC must not refuse a decision made after midnight in Mosjøen as made tomorrow.
    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: oslo, from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    private static let oslo = TimeZone(identifier: "Europe/Oslo") ?? .current

    /// The day `years` years, `months` months and `days` days later (earlier when negative); a day the
    /// month lacks becomes its last (29 February in a year without it, 31 August + 6 months).
    public func adding(years: Int = 0, months: Int = 0, days: Int = 0) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let moved = calendar.date(byAdding: DateComponents(year: years, month: months, day: days), to: start)!
        let parts = calendar.dateComponents([.year, .month, .day], from: moved)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Days from this day to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let from = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let to = calendar.date(from: DateComponents(year: other.year, month: other.month, day: other.day))!
        return calendar.dateComponents([.day], from: from, to: to).day!
    }

    public var iso: String {
        String(asciiBackwards: Self.capacity) { write(norwegian: false, to: &$0) }
    }

    /// The day as `15.03.2024`: Norwegian, with a point between day, month and year.
    public var norwegian: String {
        String(asciiBackwards: Self.capacity) { write(norwegian: true, to: &$0) }
    }

    /// Room for a day written either way.
    static let capacity = 24

    /// Year, month and day (or day, month and year) with `separator` between, at least four digits
    /// of year and two of the others, written backwards.
    private func write(_ separator: UInt8, yearFirst: Bool, to out: inout ASCIIWriter) {
        out.prepend(digitsOf: UInt64(yearFirst ? day : year), width: yearFirst ? 2 : 4)
        out.prepend(separator)
        out.prepend(digitsOf: UInt64(month), width: 2)
        out.prepend(separator)
        out.prepend(digitsOf: UInt64(yearFirst ? year : day), width: yearFirst ? 4 : 2)
    }

    /// `iso` (or `norwegian`), written backwards.
    func write(norwegian: Bool, to out: inout ASCIIWriter) {
        norwegian ? write(UInt8(ascii: "."), yearFirst: false, to: &out) : write(UInt8(ascii: "-"), yearFirst: true, to: &out)
    }

    /// A day written exactly `YYYY-MM-DD` within `years`; nil for anything else.
    init?(iso text: String.UTF8View) {
        guard let day = text.withContiguousStorageIfAvailable(Self.iso) ?? Array(text).withUnsafeBufferPointer(Self.iso) else { return nil }
        self = day
    }

    /// The day `bytes` writes as ISO, read from one buffer: every date of every row read goes through here.
    static func iso(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        /// The number the digits in `places` write; nil unless each is a digit.
        func number(_ places: Range<Int>) -> Int? {
            var value = 0
            for place in places {
                let digit = bytes[place] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        guard years.contains(year) else { return nil }
        return Day(year: year, month: month, day: day)
    }
    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
