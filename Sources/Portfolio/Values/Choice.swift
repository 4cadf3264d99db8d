/// A value from a fixed set of keys (a status, a kind, a role), read from what a person typed.
public protocol Choice: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// What one value is called in a refusal: "project status", "partner kind".
    static var noun: String { get }
}

extension Choice {
    /// The value with this key; a refusal lists the keys there are.
    public init(parsing text: String) throws {
        guard let value = Self(rawValue: text) else {
            throw PortfolioError.invalidInput("'\(text)' is not a \(Self.noun); use one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = value
    }
}
