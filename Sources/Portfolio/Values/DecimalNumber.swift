import Foundation

/// A number with a fraction, as a person types it: with a decimal comma (`12,5`, as
/// Norwegians write it) or a decimal point (`12.5`, as programs do).
///
///     let jobs = try DecimalNumber(parsing: "12,5", option: "--direct-jobs").value   // 12.5
///
/// Never `nan`, `inf`, an exponent or a thousands separator: what a person means by
/// `1.250` is not clear, so a number has at most one mark and only digits around it.
public struct DecimalNumber: Sendable {
    public let value: Double

    /// Reads `text`; a refusal names `option`, the place the number was typed.
    public init(parsing text: String, option: String) throws {
        guard let value = Self.read(text) else {
            throw PortfolioError.invalidInput(Message("value.not_a_number", ["text": .text(text), "option": .text(option)]))
        }
        self.value = value
    }

    /// The number, or nil when `text` is not one.
    static func read(_ text: String) -> Double? {
        let number = text.trimmed
        let unsigned = number.hasPrefix("-") ? number.dropFirst() : Substring(number)
        let parts = unsigned.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard (1...2).contains(parts.count), parts[0].count <= 15,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Double(number.replacingOccurrences(of: ",", with: "."))
    }
}

extension Decimal {
    /// A decimal as mon stores it, with a point (`0.75`), read with no locale: the point is what
    /// `en_US_POSIX` would use, and a locale costs an ICU number formatter the first time it is asked.
    ///
    ///     Decimal(stored: "0.75")   // 0.75
    init?(stored text: String) {
        self.init(string: text)
    }
}
