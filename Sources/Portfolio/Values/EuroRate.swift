/// An exchange rate in NOK per EUR, as a person types it: `11.49` or `11,49`.
///
///     let rate = try EuroRate(parsing: "11,49")                         // 11.49 NOK per EUR
///     try ParameterRepository(db).checked(rate, on: day).nokPerEuro     // within that day's bounds
///
/// Reading refuses what cannot be an EUR rate at all (`Bounds.euroRateLimit`);
/// the bounds of the rules on a day (`eur_rate_min`, `eur_rate_max`: 5 and 25)
/// are dated parameters, checked by `ParameterRepository.checked(_:on:)`.
public struct EuroRate: Hashable, Sendable, CustomStringConvertible {
    public let nokPerEuro: Double

    /// A rate read from the database, where its CHECK already holds it within `Bounds.euroRateLimit`.
    init(nokPerEuro: Double) {
        self.nokPerEuro = nokPerEuro
    }

    public init(parsing text: String) throws {
        guard !text.trimmed.hasPrefix("-"), let rate = DecimalNumber.read(text) else {
            throw PortfolioError.invalidInput(Message("value.rate_not_number", ["text": .text(text)]))
        }
        guard Bounds.euroRateLimit.range.contains(rate) else {
            throw PortfolioError.invalidInput(Message("value.rate_out_of_bounds", Bounds.euroRateLimit.limits.merging(["text": .text(text)]) { $1 }))
        }
        nokPerEuro = rate
    }

    public var description: String { Cell.formatNumber(nokPerEuro) }

    /// The rate in a sentence, with the decimal mark of its reader and as many decimals as it has (at most 4).
    var argument: Message.Argument {
        let decimals = description.split(separator: ".").dropFirst().first?.count ?? 0
        return .decimal(nokPerEuro, places: min(decimals, 4))
    }
}
