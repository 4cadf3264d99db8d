import Foundation

/// The language a person reads mon in: bokmål for a Norwegian locale, English otherwise.
/// Command names, option names, JSON keys and plain CSV stay the same in both:
/// they are the machine interface.
///
///     let language = Language(environment: ["LANG": "nb_NO.UTF-8"])   // .bokmal
///     language.date(day)                                              // "15.03.2024"
public enum Language: String, Sendable, CaseIterable {
    case bokmal = "nb"
    case english = "en"

    /// `MON_LANG` (`nb` or `en`) first; else the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set, as POSIX orders them: Norwegian when it begins with `nb`, `nn` or `no`.
    public init(environment: [String: String]) {
        if let chosen = environment["MON_LANG"]?.lowercased(), !chosen.isEmpty {
            self = Self.isNorwegian(chosen) ? .bokmal : .english
            return
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale.map(Self.isNorwegian) == true ? .bokmal : .english
    }

    /// The language of this process, read once from its environment.
    public static let current = Language(environment: ["MON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].reduce(into: [:]) { read, name in
        // Only the four variables asked about: the whole environment as a dictionary is needless work at every start.
        read[name] = getenv(name).map { String(cString: $0) }
    })

    private static func isNorwegian(_ locale: String) -> Bool {
        let lower = locale.lowercased()
        return ["nb", "nn", "no"].contains { lower.hasPrefix($0) }
    }

    /// A day as people write it: `15.03.2024` in Norwegian, `2024-03-15` in English.
    public func date(_ day: Day) -> String {
        String(asciiBackwards: Day.capacity) { write(day, to: &$0) }
    }

    /// `date(day)`, written backwards (into a table's text without a string between).
    func write(_ day: Day, to out: inout ASCIIWriter) {
        day.write(norwegian: self == .bokmal, to: &out)
    }

    /// A number with `places` decimals: a decimal comma in Norwegian (`16,7`), a point in English (`16.7`).
    public func decimal(_ value: Double, places: Int = 1) -> String {
        withDecimalMark(String(format: "%.\(places)f", value.isFinite ? value : 0))
    }

    /// A share as a percentage with one decimal, rounded as every table rounds it:
    /// `16,7 %` in Norwegian, `16.7 %` in English.
    public func percent(_ share: Decimal) -> String {
        withDecimalMark(share.percent)
    }

    /// A number written with a decimal point, with this language's decimal mark instead.
    func withDecimalMark(_ text: String) -> String {
        self == .bokmal ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
