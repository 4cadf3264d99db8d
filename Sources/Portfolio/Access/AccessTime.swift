import Foundation

/// Moments of logins and locks as stored: UTC ISO with milliseconds
/// (`2026-11-27T13:36:40.123Z`), so that text order is time order, as every
/// moment mon registers.
///
///     AccessTime.text(Date(timeIntervalSince1970: 0))   // "1970-01-01T00:00:00.000Z"
enum AccessTime {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func text(_ date: Date) -> String {
        date.formatted(style)
    }

    static func date(_ text: String) -> Date? {
        try? style.parse(text)
    }
}
