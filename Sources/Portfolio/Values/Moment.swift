import Foundation

/// A moment mon registered (stored as UTC, ISO with milliseconds), as a person
/// in Vefsn reads it: in Europe/Oslo time, with its offset, to the second.
///
///     Moment.oslo("2026-11-27T13:36:40.123Z")   // "2026-11-27T14:36:40+01:00"
public enum Moment {
    /// The moment in Europe/Oslo time; the text as it is when it is not a moment.
    public static func oslo(_ utc: String) -> String {
        let reader = ISO8601DateFormatter()
        reader.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = reader.date(from: utc) else { return utc }
        let writer = ISO8601DateFormatter()
        writer.timeZone = TimeZone(identifier: "Europe/Oslo")
        writer.formatOptions = [.withInternetDateTime]
        return writer.string(from: date)
    }
}
