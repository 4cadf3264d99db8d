/// A Norwegian organisation number: 9 digits, the last a MOD11 check digit.
///
///     let orgnr = try OrganisationNumber(parsing: "974 760 673")
///     orgnr.digits      // "974760673"
///     orgnr.formatted   // "974 760 673"
public struct OrganisationNumber: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    static let weights = [3, 2, 7, 6, 5, 4, 3, 2]

    /// Accepts 9 digits, with or without spaces (`974760673`, `974 760 673`).
    public init(parsing input: String) throws {
        let digits = input.replacingSpaces.filter { $0 != " " }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), !digits.isEmpty else {
            throw PortfolioError.invalidInput(Message("value.orgnr_not_digits", ["input": .text(input)]))
        }
        guard digits.count == 9 else {
            throw PortfolioError.invalidInput(Message("value.orgnr_length", ["input": .text(input), "count": .text("\(digits.count)")]))
        }
        let values = digits.compactMap { $0.wholeNumberValue }
        let remainder = zip(values, Self.weights).map { $0 * $1 }.reduce(0, +) % 11
        // Remainder 0 gives check digit 0; remainder 1 would need 10, so no number has it.
        let check = remainder == 0 ? 0 : 11 - remainder
        guard check == values[8] else {
            throw PortfolioError.invalidInput(Message("value.orgnr_check_digit", ["input": .text(input)]))
        }
        self.digits = digits
    }

    public var formatted: String {
        let characters = Array(digits)
        return String(characters[0..<3]) + " " + String(characters[3..<6]) + " " + String(characters[6..<9])
    }

    public var description: String { digits }
}
