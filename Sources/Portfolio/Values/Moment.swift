import Foundation

/// A moment mon registered (stored as UTC, ISO with milliseconds), as a person
/// in Vefsn reads it: in Europe/Oslo time, to the second.
///
///     Moment.oslo("2026-11-27T13:36:40.123Z")                   // "2026-11-27T14:36:40+01:00"
///     Moment.readable("2026-11-27T13:36:40.123Z", in: .bokmal)   // "27.11.2026 14:36:40"
///
/// Read from the stored text's fields, not through a date formatter: a history of
/// thousands of rows shows one moment a row.
public enum Moment {
    /// The moment in Europe/Oslo time, ISO with its offset; the text as it is when it is not a moment.
    public static func oslo(_ utc: String) -> String {
        guard let local = local(utc) else { return utc }
        let offset = local.offset / 60
        let sign = offset < 0 ? "-" : "+"
        return local.day.iso + "T" + local.time + sign + String(format: "%02d:%02d", abs(offset) / 60, abs(offset) % 60)
    }

    /// The moment in Europe/Oslo time as a person reads it: `27.11.2026 14:36:40` in
    /// bokmål, `2026-11-27 14:36:40` in English; the text as it is when it is not a moment.
    public static func readable(_ utc: String, in language: Language) -> String {
        guard let local = local(utc) else { return utc }
        return language.date(local.day) + " " + local.time
    }

    private static let oslo = TimeZone(identifier: "Europe/Oslo")!

    /// The day and `HH:MM:SS` in Oslo, and Oslo's offset from UTC in seconds then.
    private static func local(_ utc: String) -> (day: Day, time: String, offset: Int)? {
        guard let seconds = secondsSince1970(utc) else { return nil }
        let offset = oslo.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let local = seconds + offset
        let days = local.floorDivided(by: 86_400), second = local - days * 86_400
        guard let day = civil(days) else { return nil }
        return (day, String(format: "%02d:%02d:%02d", second / 3_600, second / 60 % 60, second % 60), offset)
    }

    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ`, with or without `.fff` before the Z.
    private static func secondsSince1970(_ utc: String) -> Int? {
        let bytes = Array(utc.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"), bytes[10] == UInt8(ascii: "T") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let day = Day(year: year, month: month, day: dayOfMonth), hour < 24, minute < 60, second < 61 else { return nil }
        return daysSince1970(day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// Days from 1970-01-01 to `day` in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    private static func daysSince1970(_ day: Day) -> Int {
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = year.floorDivided(by: 400)
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5 + day.day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// The day `days` after 1970-01-01 (civil_from_days).
    private static func civil(_ days: Int) -> Day? {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return Day(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - (153 * monthIndex + 2) / 5 + 1)
    }
}

private extension Int {
    /// Division rounding towards minus infinity, as calendar arithmetic needs for days before 1970.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
