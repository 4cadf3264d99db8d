import Foundation

/// A moment mon registered (stored as UTC, ISO with milliseconds), as a person
/// in Vefsn reads it: in Europe/Oslo time, with its offset, to the second.
///
///     Moment.oslo("2026-11-27T13:36:40.123Z")                   // "2026-11-27T14:36:40+01:00"
///     Moment.readable("2026-11-27T13:36:40.123Z", in: .bokmal)   // "27.11.2026 14:36:40"
public enum Moment {
    /// The moment in Europe/Oslo time; the text as it is when it is not a moment.
    public static func oslo(_ utc: String) -> String {
        guard let date = date(utc) else { return utc }
        let writer = ISO8601DateFormatter()
        writer.timeZone = oslo
        writer.formatOptions = [.withInternetDateTime]
        return writer.string(from: date)
    }

    /// The moment in Europe/Oslo time as a person reads it: `27.11.2026 14:36:40` in
    /// bokmål, `2026-11-27 14:36:40` in English; the text as it is when it is not a moment.
    public static func readable(_ utc: String, in language: Language) -> String {
        guard let date = date(utc) else { return utc }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = oslo
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = language.date(Day(year: parts.year!, month: parts.month!, day: parts.day!)!)
        return day + " " + String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
    }

    private static let oslo = TimeZone(identifier: "Europe/Oslo")!

    /// A stored moment, with or without its milliseconds.
    private static func date(_ utc: String) -> Date? {
        let reader = ISO8601DateFormatter()
        reader.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = reader.date(from: utc) { return date }
        reader.formatOptions = [.withInternetDateTime]
        return reader.date(from: utc)
    }
}
